// Sandbox code. The container's init is this program executed again under INIT_NAME (a
// fresh image, started from a constructor before the Swift runtime); what runs between
// clone() and execve() (exec_init, run_child) makes raw system calls only: no malloc, no
// stdio, no locks. The init builds the seccomp program with libseccomp.
#define _GNU_SOURCE
#include "arena_sandbox.h"
#include "sandbox_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <poll.h>
#include <pthread.h>
#include <sched.h>
#include <seccomp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/mount.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

// ---------------------------------------------------------------------------------
// Small async-signal-safe helpers.

static size_t str_len(const char *s) { size_t n = 0; while (s[n]) n++; return n; }

static void str_copy(char *dst, size_t cap, const char *src) {
    size_t i = 0;
    if (cap == 0) return;
    for (; src[i] && i + 1 < cap; i++) dst[i] = src[i];
    dst[i] = 0;
}

static void str_append(char *dst, size_t cap, const char *src) {
    size_t n = str_len(dst);
    if (n < cap) str_copy(dst + n, cap - n, src);
}

static void append_number(char *dst, size_t cap, long long value) {
    char digits[24];
    int i = 0, negative = value < 0;
    unsigned long long v = negative ? (unsigned long long)(-value) : (unsigned long long)value;
    do { digits[i++] = (char)('0' + v % 10); v /= 10; } while (v && i < 22);
    char out[26];
    int j = 0;
    if (negative) out[j++] = '-';
    while (i) out[j++] = digits[--i];
    out[j] = 0;
    str_append(dst, cap, out);
}

/// "what: strerror-ish (errno N)" without strerror (not async-signal-safe).
static void set_error(char *dst, size_t cap, const char *what, const char *path, int err) {
    dst[0] = 0;
    str_append(dst, cap, what);
    if (path) { str_append(dst, cap, " "); str_append(dst, cap, path); }
    if (err) { str_append(dst, cap, " failed (errno "); append_number(dst, cap, err); str_append(dst, cap, ")"); }
}

static void join_path(char *dst, size_t cap, const char *a, const char *b) {
    str_copy(dst, cap, a);
    if (b[0] != '/') str_append(dst, cap, "/");
    str_append(dst, cap, b);
}

static int mkdir_p(const char *path, mode_t mode) {
    char buf[4096];
    str_copy(buf, sizeof buf, path);
    size_t n = str_len(buf);
    for (size_t i = 1; i <= n; i++) {
        if (buf[i] == '/' || buf[i] == 0) {
            char saved = buf[i];
            buf[i] = 0;
            if (mkdir(buf, mode) != 0 && errno != EEXIST) return -1;
            buf[i] = saved;
        }
    }
    return 0;
}

static int write_file(const char *path, const char *content, mode_t mode) {
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0) return -1;
    size_t left = str_len(content);
    while (left) {
        ssize_t w = write(fd, content, left);
        if (w < 0) { if (errno == EINTR) continue; close(fd); return -1; }
        content += w; left -= (size_t)w;
    }
    close(fd);
    return 0;
}

/// Closes every descriptor from `first` up; falls back to a loop where close_range is
/// missing (kernels before 5.9), so a run can never inherit the control socket.
static void close_from(int first) {
    if (syscall(SYS_close_range, (unsigned)first, ~0U, 0) == 0) return;
    for (int fd = first; fd < 65536; fd++) close(fd);
}

static uint64_t now_us(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000u + (uint64_t)ts.tv_nsec / 1000u;
}

static void reset_signals(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = SIG_DFL;
    for (int sig = 1; sig < 65; sig++) {
        if (sig == SIGKILL || sig == SIGSTOP) continue;
        sigaction(sig, &action, NULL);
    }
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
}

// ---------------------------------------------------------------------------------
// seccomp: a deny list (runtimes such as the JVM, Go and V8 use too many system calls
// for a tight allow list to stay correct across versions).

static struct sock_fprog g_filter;
static char g_filter_error[256];

static void add_rule(scmp_filter_ctx ctx, uint32_t action, const char *name) {
    int nr = seccomp_syscall_resolve_name(name);
    if (nr == __NR_SCMP_ERROR || nr < 0) return; // not on this architecture
    seccomp_rule_add(ctx, action, nr, 0);
}

static void build_filter(void) {
    scmp_filter_ctx ctx = seccomp_init(SCMP_ACT_ALLOW);
    if (!ctx) { str_copy(g_filter_error, sizeof g_filter_error, "seccomp_init failed"); return; }
    // Escapes and kernel attack surface: the process is killed (SIGSYS, reported as such).
    static const char *const killed[] = {
        "ptrace", "mount", "umount2", "pivot_root", "chroot", "setns", "unshare", "kexec_load",
        "kexec_file_load", "bpf", "perf_event_open", "keyctl", "add_key", "request_key", "reboot",
        "init_module", "finit_module", "delete_module", "swapon", "swapoff", "acct", "iopl", "ioperm",
        "open_by_handle_at", "name_to_handle_at", "process_vm_readv", "process_vm_writev", "fsopen",
        "fsmount", "fsconfig", "fspick", "move_mount", "open_tree", "mount_setattr", "quotactl",
        "lookup_dcookie", "settimeofday", "clock_settime", "clock_adjtime", "adjtimex", "syslog",
        "sethostname", "setdomainname", "vhangup", "kcmp", "pidfd_getfd", "userfaultfd",
    };
    for (size_t i = 0; i < sizeof killed / sizeof killed[0]; i++) add_rule(ctx, SCMP_ACT_KILL_PROCESS, killed[i]);
    // Things runtimes probe for: a clean error, so they fall back.
    static const char *const refused[] = { "io_uring_setup", "io_uring_enter", "io_uring_register" };
    for (size_t i = 0; i < sizeof refused / sizeof refused[0]; i++) add_rule(ctx, SCMP_ACT_ERRNO(ENOSYS), refused[i]);
    // SysV IPC objects and POSIX message queues would outlive a run inside the reused IPC namespace.
    static const char *const ipc[] = { "shmget", "semget", "msgget", "mq_open" };
    for (size_t i = 0; i < sizeof ipc / sizeof ipc[0]; i++) add_rule(ctx, SCMP_ACT_ERRNO(EPERM), ipc[i]);
    // Only AF_UNIX sockets (the network namespace is empty anyway).
    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socket), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX));
    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EACCES), SCMP_SYS(socketpair), 1, SCMP_A0(SCMP_CMP_NE, AF_UNIX));
    // No new namespaces through clone(); clone3's flags are behind a pointer, so refuse it
    // with ENOSYS and let libc fall back to clone().
    static const uint64_t namespace_flags[] = {
        CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWIPC, CLONE_NEWUTS, CLONE_NEWCGROUP,
    };
    for (size_t i = 0; i < sizeof namespace_flags / sizeof namespace_flags[0]; i++) {
        seccomp_rule_add(ctx, SCMP_ACT_KILL_PROCESS, SCMP_SYS(clone), 1,
                         SCMP_A0(SCMP_CMP_MASKED_EQ, namespace_flags[i], namespace_flags[i]));
    }
    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(ENOSYS), SCMP_SYS(clone3), 0);
    // Faking terminal input.
    seccomp_rule_add(ctx, SCMP_ACT_ERRNO(EPERM), SCMP_SYS(ioctl), 1, SCMP_A1(SCMP_CMP_EQ, 0x5412 /* TIOCSTI */));

    int fd = memfd_create("arena-seccomp", MFD_CLOEXEC);
    if (fd < 0 || seccomp_export_bpf(ctx, fd) != 0) {
        str_copy(g_filter_error, sizeof g_filter_error, "could not export the seccomp filter");
        if (fd >= 0) close(fd);
        seccomp_release(ctx);
        return;
    }
    seccomp_release(ctx);
    off_t size = lseek(fd, 0, SEEK_END);
    struct sock_filter *program = malloc((size_t)size);
    if (!program || pread(fd, program, (size_t)size, 0) != size) {
        str_copy(g_filter_error, sizeof g_filter_error, "could not read the seccomp filter back");
        close(fd);
        return;
    }
    close(fd);
    g_filter.len = (unsigned short)((size_t)size / sizeof(struct sock_filter));
    g_filter.filter = program;
}

// ---------------------------------------------------------------------------------
// The container (PID 1 of its own namespaces).

static void send_status(int fd, int failed, const char *message) {
    struct arena_run_result reply;
    memset(&reply, 0, sizeof reply);
    reply.setup_failed = failed;
    if (message) str_copy(reply.error, sizeof reply.error, message);
    send(fd, &reply, sizeof reply, MSG_NOSIGNAL);
}

static int bind_readonly(const char *root, const char *path, char *error, size_t cap) {
    char target[4096];
    struct stat st;
    if (lstat(path, &st) != 0) return 0; // absent on this host: nothing to bind
    join_path(target, sizeof target, root, path);
    // Parent directories inside the new root.
    char parent[4096];
    str_copy(parent, sizeof parent, target);
    for (size_t i = str_len(parent); i > 0; i--) if (parent[i] == '/') { parent[i] = 0; break; }
    if (mkdir_p(parent, 0755) != 0) { set_error(error, cap, "mkdir", parent, errno); return -1; }
    if (S_ISLNK(st.st_mode)) {
        char link[4096];
        ssize_t n = readlink(path, link, sizeof link - 1);
        if (n < 0) { set_error(error, cap, "readlink", path, errno); return -1; }
        link[n] = 0;
        if (symlink(link, target) != 0 && errno != EEXIST) { set_error(error, cap, "symlink", target, errno); return -1; }
        return 0;
    }
    if (S_ISDIR(st.st_mode)) {
        if (mkdir(target, 0755) != 0 && errno != EEXIST) { set_error(error, cap, "mkdir", target, errno); return -1; }
    } else {
        int fd = open(target, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0) { set_error(error, cap, "create", target, errno); return -1; }
        close(fd);
    }
    if (mount(path, target, NULL, MS_BIND, NULL) != 0) { set_error(error, cap, "bind", path, errno); return -1; }
    unsigned long flags = MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID;
    if (!S_ISCHR(st.st_mode)) flags |= MS_NODEV;
    if (mount(NULL, target, NULL, flags, NULL) != 0) { set_error(error, cap, "remount read-only", target, errno); return -1; }
    return 0;
}

static int mount_tmpfs(const char *target, uint64_t bytes, const char *mode, uint32_t uid, uint32_t gid, char *error, size_t cap) {
    char options[128] = "size=";
    append_number(options, sizeof options, (long long)bytes);
    str_append(options, sizeof options, ",mode=");
    str_append(options, sizeof options, mode);
    str_append(options, sizeof options, ",uid=");
    append_number(options, sizeof options, uid);
    str_append(options, sizeof options, ",gid=");
    append_number(options, sizeof options, gid);
    if (mount("tmpfs", target, "tmpfs", MS_NOSUID | MS_NODEV, options) != 0) {
        set_error(error, cap, "mount tmpfs on", target, errno);
        return -1;
    }
    return 0;
}

static uint32_t g_uid, g_gid;

static int reset_scratch(uint64_t box_bytes, uint64_t tmp_bytes, char *error, size_t cap) {
    static const char *const places[] = { "/box", "/tmp", "/dev/shm" };
    for (int i = 0; i < 3; i++) {
        while (umount2(places[i], MNT_DETACH) == 0) {}
        uint64_t size = i == 0 ? box_bytes : tmp_bytes;
        if (mount_tmpfs(places[i], size ? size : (64u << 20), i == 0 ? "0755" : "1777", i == 0 ? g_uid : 0, i == 0 ? g_gid : 0, error, cap) != 0)
            return -1;
    }
    return 0;
}

static int build_root(const struct arena_container_config *config, char *error, size_t cap) {
    const char *root = config->root_dir;
    char path[4096];
    if (mount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL) != 0) { set_error(error, cap, "make / private", NULL, errno); return -1; }
    if (mount_tmpfs(root, 8u << 20, "0755", 0, 0, error, cap) != 0) return -1;
    for (size_t i = 0; i < config->readonly_count; i++)
        if (bind_readonly(root, config->readonly_paths[i], error, cap) != 0) return -1;
    // /usr/local holds the host's own installs (admin tools, pip packages): an empty,
    // read-only tmpfs over it, so programs see the distribution's toolchains only.
    join_path(path, sizeof path, root, "usr/local");
    struct stat local;
    if (lstat(path, &local) == 0 && S_ISDIR(local.st_mode) &&
        mount("tmpfs", path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, "size=4096,mode=0755") != 0) {
        set_error(error, cap, "hide /usr/local", NULL, errno);
        return -1;
    }
    static const char *const dirs[] = { "proc", "dev", "box", "tmp", "etc" };
    for (int i = 0; i < 5; i++) {
        join_path(path, sizeof path, root, dirs[i]);
        if (mkdir(path, 0755) != 0 && errno != EEXIST) { set_error(error, cap, "mkdir", path, errno); return -1; }
    }
    // /dev: a few harmless devices bound from the host, the usual links, and /dev/shm.
    join_path(path, sizeof path, root, "dev");
    if (mount("tmpfs", path, "tmpfs", MS_NOSUID | MS_NOEXEC, "size=65536,mode=0755") != 0) { set_error(error, cap, "mount /dev", NULL, errno); return -1; }
    static const char *const devices[] = { "/dev/null", "/dev/zero", "/dev/full", "/dev/random", "/dev/urandom" };
    for (int i = 0; i < 5; i++) if (bind_readonly(root, devices[i], error, cap) != 0) return -1;
    // The read-only remount of a device bind must keep it writable for /dev/null: rebind rw.
    join_path(path, sizeof path, root, "/dev/null");
    mount(NULL, path, NULL, MS_BIND | MS_REMOUNT | MS_NOSUID | MS_NOEXEC, NULL);
    static const char *const links[][2] = {
        { "/proc/self/fd", "dev/fd" }, { "/proc/self/fd/0", "dev/stdin" },
        { "/proc/self/fd/1", "dev/stdout" }, { "/proc/self/fd/2", "dev/stderr" },
    };
    for (int i = 0; i < 4; i++) {
        join_path(path, sizeof path, root, links[i][1]);
        if (symlink(links[i][0], path) != 0 && errno != EEXIST) { set_error(error, cap, "symlink", path, errno); return -1; }
    }
    join_path(path, sizeof path, root, "dev/shm");
    if (mkdir(path, 01777) != 0 && errno != EEXIST) { set_error(error, cap, "mkdir", path, errno); return -1; }
    if (config->etc_passwd) {
        join_path(path, sizeof path, root, "etc/passwd");
        if (write_file(path, config->etc_passwd, 0644) != 0) { set_error(error, cap, "write", path, errno); return -1; }
    }
    join_path(path, sizeof path, root, "proc");
    // hidepid=2: the sandboxed user cannot see the container's PID 1 (root).
    if (mount("proc", path, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, "hidepid=2") != 0) {
        set_error(error, cap, "mount /proc", NULL, errno);
        return -1;
    }
    if (chdir(root) != 0) { set_error(error, cap, "chdir", root, errno); return -1; }
    if (syscall(SYS_pivot_root, ".", ".") != 0) { set_error(error, cap, "pivot_root", root, errno); return -1; }
    if (umount2(".", MNT_DETACH) != 0) { set_error(error, cap, "detach the old root", NULL, errno); return -1; }
    if (chdir("/") != 0) { set_error(error, cap, "chdir /", NULL, errno); return -1; }
    if (mount(NULL, "/", NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | MS_NOSUID | MS_NODEV, NULL) != 0) {
        set_error(error, cap, "remount / read-only", NULL, errno);
        return -1;
    }
    return 0;
}

// --- one run ----------------------------------------------------------------------

struct run_context {
    const struct arena_run_limits *limits;
    const char *cwd;
    char *const *argv;
    char *const *envp;
    const int *fds;
    int fd_count;
    char error[256]; // shared with the container (CLONE_VM): why execve was never reached
};

static char g_run_stack[256 * 1024] __attribute__((aligned(16)));

static int set_limit(int resource, uint64_t soft, uint64_t hard) {
    struct rlimit limit = { .rlim_cur = soft ? soft : RLIM_INFINITY, .rlim_max = hard ? hard : RLIM_INFINITY };
    return setrlimit(resource, &limit);
}

/// A second filter, built on the stack (no malloc here): the program is started with
/// execveat() on EXEC_FD, a descriptor number above the run's RLIMIT_NOFILE. The filter
/// allows execveat on that descriptor only, and no execve at all. EXEC_FD is close-on-exec,
/// and the started program can never hold a descriptor that high (its hard limit is
/// lower), so it cannot start anything else: not a shell, not itself again.
#if defined(__x86_64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_X86_64
#elif defined(__aarch64__)
#define NATIVE_AUDIT_ARCH AUDIT_ARCH_AARCH64
#else
#error "the exec lock knows x86_64 and aarch64 only"
#endif

enum { EXEC_FD = 1000 };

static int install_exec_lock(void) {
    struct sock_filter program[] = {
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_AUDIT_ARCH, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execve, 0, 1),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, __NR_execveat, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        // execveat(dirfd, ...): dirfd (low 32 bits, an int) must be EXEC_FD.
        BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0])),
        BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, EXEC_FD, 1, 0),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS),
        BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
    };
    struct sock_fprog lock = { .len = (unsigned short)(sizeof program / sizeof program[0]), .filter = program };
    return (int)syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &lock);
}

static int run_child(void *raw) {
    struct run_context *ctx = raw;
    const struct arena_run_limits *limits = ctx->limits;
    reset_signals();
    setsid();
    for (int i = 3; i < ctx->fd_count; i++) {
        if (write(ctx->fds[i], "0", 1) != 1) { set_error(ctx->error, sizeof ctx->error, "join cgroup", NULL, errno); _exit(127); }
    }
    for (int i = 0; i < 3; i++) {
        if (dup2(ctx->fds[i], i) < 0) { set_error(ctx->error, sizeof ctx->error, "dup2", NULL, errno); _exit(127); }
    }
    close_from(3);
    if (chdir(ctx->cwd) != 0) { set_error(ctx->error, sizeof ctx->error, "chdir", ctx->cwd, errno); _exit(127); }
    uint64_t open_files = limits->open_files ? limits->open_files : 64;
    if (limits->deny_exec) {
        // The program as a descriptor at EXEC_FD, opened before the descriptor limit drops below it.
        int program = open(ctx->argv[0], O_PATH | O_CLOEXEC);
        if (program < 0) { set_error(ctx->error, sizeof ctx->error, "open", ctx->argv[0], errno); _exit(127); }
        if (open_files >= EXEC_FD || dup3(program, EXEC_FD, O_CLOEXEC) != EXEC_FD) {
            set_error(ctx->error, sizeof ctx->error, "place the program's descriptor", NULL, errno);
            _exit(127);
        }
        close(program);
    }
    uint64_t cpu = limits->cpu_seconds;
    if (set_limit(RLIMIT_CPU, cpu, cpu ? cpu + 1 : 0) != 0 ||
        set_limit(RLIMIT_AS, limits->address_space_bytes, limits->address_space_bytes) != 0 ||
        set_limit(RLIMIT_STACK, limits->stack_bytes, limits->stack_bytes) != 0 ||
        set_limit(RLIMIT_FSIZE, limits->file_size_bytes, limits->file_size_bytes) != 0 ||
        set_limit(RLIMIT_NOFILE, open_files, open_files) != 0 ||
        set_limit(RLIMIT_NPROC, limits->processes, limits->processes) != 0 ||
        setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 }) != 0 ||
        setrlimit(RLIMIT_MEMLOCK, &(struct rlimit){ 0, 0 }) != 0) {
        set_error(ctx->error, sizeof ctx->error, "setrlimit", NULL, errno);
        _exit(127);
    }
    // Raw system calls: glibc's wrappers would try to signal threads that only exist
    // in the Swift process this container was cloned from.
    if (syscall(SYS_setgroups, 0, NULL) != 0 || syscall(SYS_setresgid, g_gid, g_gid, g_gid) != 0 ||
        syscall(SYS_setresuid, g_uid, g_uid, g_uid) != 0) {
        set_error(ctx->error, sizeof ctx->error, "drop privileges", NULL, errno);
        _exit(127);
    }
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 || prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0) {
        set_error(ctx->error, sizeof ctx->error, "prctl", NULL, errno);
        _exit(127);
    }
    if (syscall(SYS_seccomp, SECCOMP_SET_MODE_FILTER, 0, &g_filter) != 0) {
        set_error(ctx->error, sizeof ctx->error, "install seccomp filter", NULL, errno);
        _exit(127);
    }
    if (limits->deny_exec) {
        if (install_exec_lock() != 0) {
            set_error(ctx->error, sizeof ctx->error, "install exec lock", NULL, errno);
            _exit(127);
        }
        syscall(SYS_execveat, EXEC_FD, "", ctx->argv, ctx->envp, AT_EMPTY_PATH);
        set_error(ctx->error, sizeof ctx->error, "execveat", ctx->argv[0], errno);
        _exit(127);
    }
    execve(ctx->argv[0], ctx->argv, ctx->envp);
    set_error(ctx->error, sizeof ctx->error, "execve", ctx->argv[0], errno);
    _exit(127);
}

static void kill_everything(void) {
    kill(-1, SIGKILL); // PID 1 of the namespace: every other process in it
    int status;
    while (waitpid(-1, &status, __WALL) > 0 || errno == EINTR) {}
}

static void run_one(struct request *request, const int *fds, int fd_count, struct arena_run_result *result) {
    static char *argv[MAX_ARGS + 1];
    static char *envp[MAX_ARGS + 1];
    static struct run_context ctx;
    memset(result, 0, sizeof *result);
    memset(&ctx, 0, sizeof ctx);
    if (fd_count < 3 || request->argc == 0 || request->argc > MAX_ARGS || request->envc > MAX_ARGS) {
        result->setup_failed = 1;
        str_copy(result->error, sizeof result->error, "malformed run request");
        return;
    }
    char *cursor = request->strings;
    char *end = request->strings + MAX_STRINGS;
    ctx.cwd = cursor;
    cursor += str_len(cursor) + 1;
    for (uint32_t i = 0; i < request->argc && cursor < end; i++) { argv[i] = cursor; cursor += str_len(cursor) + 1; }
    argv[request->argc] = NULL;
    for (uint32_t i = 0; i < request->envc && cursor < end; i++) { envp[i] = cursor; cursor += str_len(cursor) + 1; }
    envp[request->envc] = NULL;
    ctx.limits = &request->limits;
    ctx.argv = argv;
    ctx.envp = envp;
    ctx.fds = fds;
    ctx.fd_count = fd_count;

    // Every process of the run is reaped by this PID 1 (orphans too), so the growth of
    // RUSAGE_CHILDREN over the run is the CPU of the whole run, forked helpers included.
    struct rusage children_before;
    memset(&children_before, 0, sizeof children_before);
    getrusage(RUSAGE_CHILDREN, &children_before);
    uint64_t started = now_us();
    // CLONE_VM|CLONE_VFORK as posix_spawn does: no page-table copy; the container waits
    // until the child has exec'd (or failed before it).
    pid_t pid = clone(run_child, g_run_stack + sizeof g_run_stack, CLONE_VM | CLONE_VFORK | SIGCHLD, &ctx);
    if (pid < 0) {
        result->setup_failed = 1;
        set_error(result->error, sizeof result->error, "clone", NULL, errno);
        return;
    }
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    uint64_t deadline = started + request->limits.wall_ms * 1000u;
    int control_gone = 0;
    for (;;) {
        uint64_t now = now_us();
        if (now >= deadline) { result->wall_timed_out = 1; break; }
        struct pollfd watch[2] = { { .fd = CONTROL_FD, .events = POLLRDHUP }, { .fd = pidfd, .events = POLLIN } };
        // Without a pidfd (old kernels) poll the control socket in 1 ms steps and check the child.
        int timeout = pidfd >= 0 ? (int)((deadline - now + 999) / 1000) : 1;
        int ready = poll(watch, pidfd >= 0 ? 2 : 1, timeout);
        if (ready < 0 && errno != EINTR) { kill(-1, SIGKILL); break; }
        if (watch[0].revents & (POLLHUP | POLLRDHUP | POLLERR)) { control_gone = 1; break; }
        if (pidfd >= 0 && (watch[1].revents & POLLIN)) break;
        if (pidfd < 0) {
            siginfo_t info;
            memset(&info, 0, sizeof info);
            if (waitid(P_PID, (id_t)pid, &info, WEXITED | WNOHANG | WNOWAIT | __WALL) == 0 && info.si_pid == pid) break;
        }
    }
    if (result->wall_timed_out || control_gone) kill(-1, SIGKILL);
    int status = 0;
    struct rusage usage;
    memset(&usage, 0, sizeof usage);
    while (wait4(pid, &status, __WALL, &usage) < 0 && errno == EINTR) {}
    result->wall_us = now_us() - started;
    if (pidfd >= 0) close(pidfd);
    kill_everything(); // background children that outlived the main process
    if (control_gone) _exit(0);
    if (ctx.error[0]) {
        result->setup_failed = 1;
        str_copy(result->error, sizeof result->error, ctx.error);
        return;
    }
    result->exited = WIFEXITED(status) ? 1 : 0;
    result->exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 0;
    result->term_signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    struct rusage children_after;
    memset(&children_after, 0, sizeof children_after);
    getrusage(RUSAGE_CHILDREN, &children_after);
#define MICROS(tv) ((uint64_t)(tv).tv_sec * 1000000u + (uint64_t)(tv).tv_usec)
    uint64_t user = MICROS(children_after.ru_utime) - MICROS(children_before.ru_utime);
    uint64_t system = MICROS(children_after.ru_stime) - MICROS(children_before.ru_stime);
    result->user_us = user > MICROS(usage.ru_utime) ? user : MICROS(usage.ru_utime);
    result->system_us = system > MICROS(usage.ru_stime) ? system : MICROS(usage.ru_stime);
#undef MICROS
    result->max_rss_kib = (uint64_t)usage.ru_maxrss;
}

/// The container's PID 1: builds the root, reports ready, then serves reset and run
/// requests until the control socket closes.
static int serve(const struct arena_container_config *config) {
    char error[256] = "";
    g_uid = config->uid;
    g_gid = config->gid;
    if (build_root(config, error, sizeof error) != 0 || reset_scratch(config->box_bytes, config->tmp_bytes, error, sizeof error) != 0) {
        send_status(CONTROL_FD, 1, error);
        _exit(1);
    }
    if (config->hostname) sethostname(config->hostname, str_len(config->hostname));
    send_status(CONTROL_FD, 0, NULL);

    static struct request request;
    static struct arena_run_result result;
    for (;;) {
        int fds[MAX_FDS];
        int fd_count = 0;
        char control[CMSG_SPACE(sizeof(int) * MAX_FDS)];
        struct iovec iov = { .iov_base = &request, .iov_len = sizeof request };
        struct msghdr message = { .msg_iov = &iov, .msg_iovlen = 1, .msg_control = control, .msg_controllen = sizeof control };
        ssize_t n = recvmsg(CONTROL_FD, &message, MSG_CMSG_CLOEXEC);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) { kill_everything(); _exit(0); }
        for (struct cmsghdr *c = CMSG_FIRSTHDR(&message); c; c = CMSG_NXTHDR(&message, c)) {
            if (c->cmsg_level == SOL_SOCKET && c->cmsg_type == SCM_RIGHTS) {
                int count = (int)((c->cmsg_len - CMSG_LEN(0)) / sizeof(int));
                for (int i = 0; i < count && fd_count < MAX_FDS; i++) memcpy(&fds[fd_count++], CMSG_DATA(c) + i * sizeof(int), sizeof(int));
            }
        }
        request.strings[MAX_STRINGS - 1] = 0;
        if ((size_t)n < offsetof(struct request, strings)) {
            send_status(CONTROL_FD, 1, "short request");
        } else if (request.op == OP_RESET) {
            error[0] = 0;
            int failed = reset_scratch(request.limits.box_bytes, request.limits.tmp_bytes, error, sizeof error);
            send_status(CONTROL_FD, failed ? 1 : 0, error);
        } else if (request.op == OP_RUN) {
            run_one(&request, fds, fd_count, &result);
            send(CONTROL_FD, &result, sizeof result, MSG_NOSIGNAL);
        } else {
            send_status(CONTROL_FD, 1, "unknown request");
        }
        for (int i = 0; i < fd_count; i++) close(fds[i]);
    }
}

/// The init process: a fresh program image (exec'd by the cloned child), so PID 1 of the
/// container holds nothing of the server it was started from: no heap, no environment.
static void run_as_container_init(void) {
    static struct config_message message;
    static const char *paths[MAX_READONLY];
    reset_signals();
    ssize_t n;
    do { n = recv(CONTROL_FD, &message, sizeof message, 0); } while (n < 0 && errno == EINTR);
    if (n < (ssize_t)offsetof(struct config_message, strings) || message.magic != CONFIG_MAGIC || message.readonly_count > MAX_READONLY) {
        send_status(CONTROL_FD, 1, "the container init received no valid configuration");
        _exit(1);
    }
    message.strings[MAX_STRINGS - 1] = 0;
    char *cursor = message.strings, *end = message.strings + MAX_STRINGS;
    const char *fields[3];
    for (int i = 0; i < 3; i++) { fields[i] = cursor; cursor += str_len(cursor) + 1; if (cursor >= end) cursor = end - 1; }
    for (uint32_t i = 0; i < message.readonly_count; i++) { paths[i] = cursor; cursor += str_len(cursor) + 1; if (cursor >= end) cursor = end - 1; }
    struct arena_container_config config = {
        .readonly_paths = paths, .readonly_count = message.readonly_count, .root_dir = fields[0],
        .hostname = fields[1][0] ? fields[1] : NULL, .uid = message.uid, .gid = message.gid,
        .etc_passwd = fields[2][0] ? fields[2] : NULL, .box_bytes = message.box_bytes, .tmp_bytes = message.tmp_bytes,
    };
    build_filter();
    if (g_filter_error[0] || !g_filter.filter) {
        send_status(CONTROL_FD, 1, g_filter_error[0] ? g_filter_error : "no seccomp filter");
        _exit(1);
    }
    _exit(serve(&config));
}

/// Runs before main (and before the Swift runtime) in any program linking this file: the
/// container's init when started under INIT_NAME, a no-op otherwise.
__attribute__((constructor)) static void arena_sandbox_init_entry(int argc, char **argv, char **envp) {
    (void)envp;
    if (argc >= 1 && argv && argv[0] && strcmp(argv[0], INIT_NAME) == 0) run_as_container_init();
}

/// Between clone() and execve() in a copy of the multithreaded server: raw calls only.
int arena_exec_init(void *raw) {
    int control_fd = (int)(intptr_t)raw;
    if (control_fd == CONTROL_FD) {
        if (fcntl(CONTROL_FD, F_SETFD, 0) != 0) _exit(126);
    } else if (dup2(control_fd, CONTROL_FD) < 0) {
        _exit(126);
    }
    close_from(CONTROL_FD + 1);
    char *const argv[] = { (char *)INIT_NAME, NULL };
    char *const envp[] = { NULL };
    execve("/proc/self/exe", argv, envp);
    _exit(127);
}
