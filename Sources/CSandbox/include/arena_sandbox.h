#ifndef ARENA_SANDBOX_H
#define ARENA_SANDBOX_H

// The code that runs between clone() and execve() for the judge's sandbox. Policy
// (languages, limits, verdicts, cgroups) lives in Swift; this file only carries out a
// plan: a container (PID/mount/network/IPC/UTS namespaces, read-only binds, fresh
// tmpfs for /box, /tmp and /dev/shm, pivot_root) made once per warm worker, then one
// run at a time inside it (rlimits, unprivileged uid, no_new_privs, seccomp, wall-clock
// kill of everything in the PID namespace).

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// How a container is built. Paths are host paths, bound read-only at the same path.
struct arena_container_config {
    const char *const *readonly_paths;
    size_t readonly_count;
    /// An empty host directory that becomes the container's root (a tmpfs is mounted on it).
    const char *root_dir;
    const char *hostname;
    uint32_t uid;
    uint32_t gid;
    /// Written to /etc/passwd inside the container (may be NULL).
    const char *etc_passwd;
    uint64_t box_bytes;
    uint64_t tmp_bytes;
};

struct arena_container {
    int pid;
    int control_fd;
};

/// Limits applied to one run. Zero means "no limit" for the optional ones.
struct arena_run_limits {
    uint64_t wall_ms;
    uint64_t cpu_seconds;        // RLIMIT_CPU (soft; hard = soft + 1)
    uint64_t address_space_bytes; // RLIMIT_AS, 0 = none (the JVM must not get one)
    uint64_t stack_bytes;        // RLIMIT_STACK, 0 = unlimited
    uint64_t file_size_bytes;    // RLIMIT_FSIZE: the output limit
    uint64_t open_files;         // RLIMIT_NOFILE
    uint64_t processes;          // RLIMIT_NPROC, 0 = none (cgroup pids.max does it)
    uint64_t box_bytes;          // size of the fresh /box tmpfs (reset only)
    uint64_t tmp_bytes;          // size of the fresh /tmp tmpfs (reset only)
    uint64_t deny_exec;          // 1: the program may not execve anything after it started
};

struct arena_run_result {
    /// 0: the program ran; otherwise the sandbox failed (a judge fault, never the player's).
    int32_t setup_failed;
    int32_t exited;        // 1 when it exited normally
    int32_t exit_code;
    int32_t term_signal;   // signal that killed it, 0 if none
    int32_t wall_timed_out;
    int32_t _pad;
    uint64_t wall_us;
    uint64_t user_us;
    uint64_t system_us;
    uint64_t max_rss_kib;
    char error[256];
};

/// Starts a container: a clone in new namespaces that at once executes this program again
/// (`/proc/self/exe`, empty environment) as the container's init, which receives the
/// configuration over the control socket, builds the root and the seccomp filter, and
/// serves runs. PID 1 therefore holds nothing of the server's memory or environment.
/// Returns 0, or -1 with `error` filled. Call from any thread.
int arena_container_start(const struct arena_container_config *config, struct arena_container *out,
                          char *error, size_t error_len);

/// Empties /box, /tmp and /dev/shm (fresh tmpfs of the given sizes). Blocking. On failure
/// the container is killed and reaped (pid 0, control_fd -1): it cannot be used again.
int arena_container_reset(struct arena_container *container, const struct arena_run_limits *limits,
                          char *error, size_t error_len);

/// Runs argv[0] (an absolute path) in `cwd` inside the container with fds[0..2] as
/// stdin/stdout/stderr; fds[3...] are cgroup.procs files the run joins before execve.
/// Blocking; returns 0 when `result` was filled (check result->setup_failed), -1 when
/// the container itself is gone (error filled; it has been killed and reaped).
int arena_container_run(struct arena_container *container, const struct arena_run_limits *limits,
                        const char *cwd, const char *const *argv, const char *const *envp,
                        const int *fds, int fd_count, struct arena_run_result *result,
                        char *error, size_t error_len);

/// pipe2(O_CLOEXEC): a pipe no other child of the process inherits (Glibc's Swift overlay
/// does not export pipe2). Returns 0, or -1 with errno set.
int arena_pipe_cloexec(int fds[2]);

/// Closes the control socket (the container kills everything and exits) and reaps it.
void arena_container_stop(struct arena_container *container);

#ifdef __cplusplus
}
#endif

#endif
