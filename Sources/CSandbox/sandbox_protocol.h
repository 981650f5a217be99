// The private protocol between the host side (arena_container_host.c, in the server)
// and the container's init (arena_sandbox.c): message layouts and constants.
#ifndef ARENA_SANDBOX_PROTOCOL_H
#define ARENA_SANDBOX_PROTOCOL_H

#include <stdint.h>

#include "arena_sandbox.h"

enum { OP_RESET = 1, OP_RUN = 2 };
enum { MAX_STRINGS = 32768, MAX_ARGS = 512, MAX_FDS = 8, CONTROL_FD = 3 };

struct request {
    uint32_t op;
    uint32_t argc;
    uint32_t envc;
    uint32_t strings_len;
    struct arena_run_limits limits;
    char strings[MAX_STRINGS]; // cwd \0 argv... \0 env... \0
};

/// The container's configuration as it crosses the control socket to the init process,
/// which is a fresh program (see arena_container_start): strings NUL-separated as
/// root_dir, hostname, etc_passwd, then each read-only path.
enum { MAX_READONLY = 64, CONFIG_MAGIC = 0x41524e41 };

struct config_message {
    uint32_t magic;
    uint32_t readonly_count;
    uint32_t uid;
    uint32_t gid;
    uint64_t box_bytes;
    uint64_t tmp_bytes;
    uint32_t strings_len;
    char strings[MAX_STRINGS];
};

/// argv[0] of the container's init: `/proc/self/exe` started again under this name runs
/// the container loop from a constructor, before anything of the Swift program starts.
#define INIT_NAME "arena-sandbox-init"

/// The code between clone() and execve() that starts the container's init (arena_sandbox.c).
__attribute__((visibility("hidden"))) int arena_exec_init(void *raw);

#endif
