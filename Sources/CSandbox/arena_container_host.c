// The host side of the sandbox: starts containers and talks to their init over the
// control socket. Normal C, run in the server's process (see arena_sandbox.c for the
// container's side).
#define _GNU_SOURCE
#include "arena_sandbox.h"
#include "sandbox_protocol.h"

#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

static int receive_reply(int fd, struct arena_run_result *reply, char *error, size_t cap) {
    memset(reply, 0, sizeof *reply);
    for (;;) {
        ssize_t n = recv(fd, reply, sizeof *reply, 0);
        if (n == (ssize_t)sizeof *reply) return 0;
        if (n < 0 && errno == EINTR) continue;
        snprintf(error, cap, "the sandbox container stopped answering (%s)", n < 0 ? strerror(errno) : "closed");
        return -1;
    }
}

int arena_container_start(const struct arena_container_config *config, struct arena_container *out, char *error, size_t cap) {
    struct config_message *message = calloc(1, sizeof *message);
    if (!message) { snprintf(error, cap, "out of memory"); return -1; }
    message->magic = CONFIG_MAGIC;
    message->uid = config->uid;
    message->gid = config->gid;
    message->box_bytes = config->box_bytes;
    message->tmp_bytes = config->tmp_bytes;
    message->readonly_count = (uint32_t)config->readonly_count;
    size_t used = 0;
    int fits = config->readonly_count <= MAX_READONLY;
    const char *fixed[3] = { config->root_dir, config->hostname ? config->hostname : "", config->etc_passwd ? config->etc_passwd : "" };
    for (size_t i = 0; fits && i < 3 + config->readonly_count; i++) {
        const char *text = i < 3 ? fixed[i] : config->readonly_paths[i - 3];
        size_t length = strlen(text) + 1;
        if (used + length > MAX_STRINGS) { fits = 0; break; }
        memcpy(message->strings + used, text, length);
        used += length;
    }
    if (!fits) { free(message); snprintf(error, cap, "the container configuration is too large"); return -1; }
    message->strings_len = (uint32_t)used;
    int pair[2];
    if (socketpair(AF_UNIX, SOCK_SEQPACKET | SOCK_CLOEXEC, 0, pair) != 0) { snprintf(error, cap, "socketpair: %s", strerror(errno)); free(message); return -1; }
    const size_t stack_size = 64 * 1024;
    char *stack = mmap(NULL, stack_size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_STACK, -1, 0);
    if (stack == MAP_FAILED) { snprintf(error, cap, "mmap: %s", strerror(errno)); close(pair[0]); close(pair[1]); free(message); return -1; }
    int flags = CLONE_NEWPID | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | SIGCHLD;
    pid_t pid = clone(arena_exec_init, stack + stack_size, flags, (void *)(intptr_t)pair[1]);
    int saved = errno;
    munmap(stack, stack_size); // the child has its own copy
    close(pair[1]);
    if (pid < 0) {
        snprintf(error, cap, "clone with new namespaces failed: %s (the judge needs root or CAP_SYS_ADMIN)", strerror(saved));
        close(pair[0]);
        free(message);
        return -1;
    }
    ssize_t sent = send(pair[0], message, offsetof(struct config_message, strings) + used, MSG_NOSIGNAL);
    free(message);
    if (sent < 0) {
        snprintf(error, cap, "the container init is gone before its configuration: %s", strerror(errno));
        close(pair[0]);
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        return -1;
    }
    struct arena_run_result ready;
    int received = receive_reply(pair[0], &ready, error, cap);
    if (received != 0 || ready.setup_failed) {
        if (received == 0) {
            ready.error[sizeof ready.error - 1] = 0;
            snprintf(error, cap, "sandbox setup: %s", ready.error);
        }
        close(pair[0]);
        kill(pid, SIGKILL);
        waitpid(pid, NULL, 0);
        return -1;
    }
    out->pid = pid;
    out->control_fd = pair[0];
    return 0;
}

/// The container failed us (socket closed, no answer): kill and reap it now, so that the
/// pool sees it dead at once instead of racing the kernel's exit of a killed process.
static void mark_dead(struct arena_container *container) {
    if (container->control_fd >= 0) close(container->control_fd);
    container->control_fd = -1;
    if (container->pid > 0) {
        kill(container->pid, SIGKILL);
        while (waitpid(container->pid, NULL, 0) < 0 && errno == EINTR) {}
        container->pid = 0;
    }
}

static int send_request(const struct arena_container *container, struct request *request, size_t length,
                        const int *fds, int fd_count, char *error, size_t cap) {
    char control[CMSG_SPACE(sizeof(int) * MAX_FDS)];
    memset(control, 0, sizeof control);
    struct iovec iov = { .iov_base = request, .iov_len = length };
    struct msghdr message = { .msg_iov = &iov, .msg_iovlen = 1 };
    if (fd_count > 0) {
        message.msg_control = control;
        message.msg_controllen = CMSG_SPACE(sizeof(int) * (size_t)fd_count);
        struct cmsghdr *c = CMSG_FIRSTHDR(&message);
        c->cmsg_level = SOL_SOCKET;
        c->cmsg_type = SCM_RIGHTS;
        c->cmsg_len = CMSG_LEN(sizeof(int) * (size_t)fd_count);
        memcpy(CMSG_DATA(c), fds, sizeof(int) * (size_t)fd_count);
    }
    for (;;) {
        if (sendmsg(container->control_fd, &message, MSG_NOSIGNAL) >= 0) return 0;
        if (errno == EINTR) continue;
        snprintf(error, cap, "the sandbox container is gone (%s)", strerror(errno));
        return -1;
    }
}

int arena_container_reset(struct arena_container *container, const struct arena_run_limits *limits, char *error, size_t cap) {
    struct request *request = calloc(1, sizeof *request);
    if (!request) { snprintf(error, cap, "out of memory"); return -1; }
    request->op = OP_RESET;
    request->limits = *limits;
    struct arena_run_result reply;
    int rc = send_request(container, request, offsetof(struct request, strings), NULL, 0, error, cap);
    free(request);
    struct timeval timeout = { .tv_sec = 30, .tv_usec = 0 };
    setsockopt(container->control_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (rc != 0 || receive_reply(container->control_fd, &reply, error, cap) != 0) {
        mark_dead(container);
        return -1;
    }
    if (reply.setup_failed) { snprintf(error, cap, "%s", reply.error); return -1; }
    return 0;
}

int arena_container_run(struct arena_container *container, const struct arena_run_limits *limits,
                        const char *cwd, const char *const *argv, const char *const *envp,
                        const int *fds, int fd_count, struct arena_run_result *result, char *error, size_t cap) {
    if (fd_count < 3 || fd_count > MAX_FDS) { snprintf(error, cap, "a run needs 3 to %d file descriptors", MAX_FDS); return -1; }
    struct request *request = calloc(1, sizeof *request);
    if (!request) { snprintf(error, cap, "out of memory"); return -1; }
    request->op = OP_RUN;
    request->limits = *limits;
    size_t used = 0;
    int ok = 1;
#define PUT(s) do { size_t l = strlen(s) + 1; if (used + l > MAX_STRINGS) { ok = 0; break; } memcpy(request->strings + used, (s), l); used += l; } while (0)
    PUT(cwd);
    for (; ok && argv[request->argc]; request->argc++) { if (request->argc >= MAX_ARGS) { ok = 0; break; } PUT(argv[request->argc]); }
    for (; ok && envp[request->envc]; request->envc++) { if (request->envc >= MAX_ARGS) { ok = 0; break; } PUT(envp[request->envc]); }
#undef PUT
    if (!ok) { free(request); snprintf(error, cap, "the command line or environment is too long"); return -1; }
    request->strings_len = (uint32_t)used;
    int rc = send_request(container, request, offsetof(struct request, strings) + used, fds, fd_count, error, cap);
    free(request);
    if (rc != 0) {
        mark_dead(container);
        return -1;
    }
    // A container that does not answer within the wall limit plus a margin is stuck:
    // kill it, so that the pool replaces it instead of waiting forever.
    uint64_t wait_ms = limits->wall_ms + 10000;
    struct timeval timeout = { .tv_sec = (time_t)(wait_ms / 1000), .tv_usec = (suseconds_t)((wait_ms % 1000) * 1000) };
    setsockopt(container->control_fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
    if (receive_reply(container->control_fd, result, error, cap) != 0) {
        mark_dead(container);
        return -1;
    }
    return 0;
}

void arena_container_stop(struct arena_container *container) {
    if (container->control_fd >= 0) close(container->control_fd);
    container->control_fd = -1;
    if (container->pid > 0) {
        // It exits on EOF; a wedged one is killed after a grace period.
        for (int i = 0; i < 200; i++) {
            if (waitpid(container->pid, NULL, WNOHANG) != 0) { container->pid = 0; return; }
            usleep(5000);
        }
        kill(container->pid, SIGKILL);
        waitpid(container->pid, NULL, 0);
        container->pid = 0;
    }
}

int arena_pipe_cloexec(int fds[2]) { return pipe2(fds, O_CLOEXEC); }
