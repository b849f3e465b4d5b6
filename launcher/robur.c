/*
 * robur's front door: the `robur` command.
 *
 * `robur build` and `robur check` are sent to the compile server of this
 * installation (robur/server/daemon.py), a warm Python process, so that they
 * do not pay CPython's start-up and the compiler's imports each time.  Every
 * other command, and these two when no server answers, run as
 * `BINDIR/python -P -m robur ARGS`, exactly what the command is without
 * this front door.  When no server answers, one is started in the
 * background for the next command.  ROBUR_SERVER=0 turns the server off.
 *
 * The wire format and the socket's place are robur/server/protocol.py's;
 * the two must agree byte for byte.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

extern char **environ;

#define MAX_REQUEST (1u << 20)

static char bindir[PATH_MAX];

/* ---- buffers -------------------------------------------------------------------- */

struct buf {
  unsigned char *p;
  size_t len, cap;
};

static int buf_put(struct buf *b, const void *data, size_t n) {
  if (b->len + n > MAX_REQUEST) return -1;
  if (b->len + n > b->cap) {
    size_t cap = b->cap ? b->cap : 4096;
    while (cap < b->len + n) cap *= 2;
    unsigned char *p = realloc(b->p, cap);
    if (!p) return -1;
    b->p = p;
    b->cap = cap;
  }
  memcpy(b->p + b->len, data, n);
  b->len += n;
  return 0;
}

static int buf_u32(struct buf *b, uint32_t v) {
  unsigned char le[4] = {v & 0xff, (v >> 8) & 0xff, (v >> 16) & 0xff, (v >> 24) & 0xff};
  return buf_put(b, le, 4);
}

static int buf_string(struct buf *b, const char *s) {
  size_t n = strlen(s);
  return buf_u32(b, (uint32_t)n) || buf_put(b, s, n);
}

static uint32_t get_u32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

/* ---- where things are ----------------------------------------------------------- */

static uint64_t fnv1a64(const char *s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (; *s; s++) h = (h ^ (unsigned char)*s) * 0x100000001b3ull;
  return h;
}

/* $XDG_RUNTIME_DIR/robur when that is absolute, else /tmp/robur-UID */
static int socket_dir(char *out, size_t n) {
  const char *xdg = getenv("XDG_RUNTIME_DIR");
  int r = (xdg && xdg[0] == '/') ? snprintf(out, n, "%s/robur", xdg)
                                 : snprintf(out, n, "/tmp/robur-%u", (unsigned)getuid());
  return (r < 0 || (size_t)r >= n) ? -1 : 0;
}

/* the directory must be ours and private, or another user could answer */
static int dir_is_private(const char *dir) {
  struct stat st;
  return lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid() &&
         (st.st_mode & 077) == 0;
}

/* ---- running Python ------------------------------------------------------------- */

static void exec_python(int argc, char **argv) {
  char python[PATH_MAX + 16];
  snprintf(python, sizeof python, "%s/python", bindir);
  char **args = calloc((size_t)argc + 4, sizeof *args);
  if (!args) {
    perror("robur");
    exit(2);
  }
  args[0] = python;
  args[1] = "-P"; /* never import from the current directory */
  args[2] = "-m";
  args[3] = "robur";
  for (int i = 1; i < argc; i++) args[i + 3] = argv[i];
  execv(python, args);
  fprintf(stderr, "robur: cannot run %s: %s\n", python, strerror(errno));
  fprintf(stderr, "robur: the installation is incomplete; run `make bootstrap` in the robur checkout\n");
  exit(2);
}

/* Start a server in the background, detached from this terminal and session;
 * its messages go to a log file beside the socket. */
static void start_server(const char *dir, const char *key) {
  if (mkdir(dir, 0700) != 0 && errno != EEXIST) return;
  if (!dir_is_private(dir)) return;
  pid_t pid = fork();
  if (pid < 0) return;
  if (pid > 0) {
    waitpid(pid, NULL, 0);
    return;
  }
  /* child: a new session, then a grandchild that init adopts */
  setsid();
  if (fork() != 0) _exit(0);
  char log[PATH_MAX + 32], python[PATH_MAX + 16];
  snprintf(log, sizeof log, "%s/compile-%s.log", dir, key);
  snprintf(python, sizeof python, "%s/python", bindir);
  int null = open("/dev/null", O_RDONLY);
  int out = open(log, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (null < 0 || out < 0 || chdir("/") != 0) _exit(1);
  dup2(null, 0);
  dup2(out, 1);
  dup2(out, 2);
  char *args[] = {python, "-P", "-m", "robur", "server", "run", NULL};
  execv(python, args);
  _exit(1);
}

/* ---- talking to the server ------------------------------------------------------ */

static int write_all(int fd, const unsigned char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

static int read_all(int fd, unsigned char *p, size_t n) {
  while (n > 0) {
    ssize_t r = read(fd, p, n);
    if (r < 0 && errno == EINTR) continue;
    if (r <= 0) return -1;
    p += r;
    n -= (size_t)r;
  }
  return 0;
}

static int build_request(struct buf *b, int argc, char **argv) {
  char cwd[PATH_MAX];
  if (!getcwd(cwd, sizeof cwd)) return -1;
  mode_t mask = umask(0);
  umask(mask);
  uint32_t flags = (isatty(1) ? 1u : 0u) | (isatty(2) ? 2u : 0u);
  uint32_t nenv = 0;
  for (char **e = environ; *e; e++)
    if (strchr(*e, '=') && **e != '=') nenv++;
  /* argparse sizes --help to the terminal it cannot see from the server */
  char columns[32] = "";
  struct winsize ws;
  if (!getenv("COLUMNS") && isatty(1) && ioctl(1, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) {
    snprintf(columns, sizeof columns, "COLUMNS=%u", ws.ws_col);
    nenv++;
  }
  if (buf_put(b, "RBR1", 4) || buf_u32(b, flags) || buf_u32(b, (uint32_t)mask) ||
      buf_u32(b, (uint32_t)(argc - 1)) || buf_u32(b, nenv) || buf_string(b, cwd))
    return -1;
  for (int i = 1; i < argc; i++)
    if (buf_string(b, argv[i])) return -1;
  for (char **e = environ; *e; e++)
    if (strchr(*e, '=') && **e != '=' && buf_string(b, *e)) return -1;
  if (columns[0] && buf_string(b, columns)) return -1;
  return 0;
}

/* The command's exit status, or -1 when it must run without the server. */
static int via_server(int argc, char **argv) {
  char dir[PATH_MAX], key[17], path[PATH_MAX + 32];
  if (socket_dir(dir, sizeof dir)) return -1;
  snprintf(key, sizeof key, "%016llx", (unsigned long long)fnv1a64(bindir));
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  int n = snprintf(path, sizeof path, "%s/compile-%s.sock", dir, key);
  if (n < 0 || (size_t)n >= sizeof addr.sun_path) return -1;
  memcpy(addr.sun_path, path, (size_t)n + 1);

  int fd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0) return -1;
  if (!dir_is_private(dir) || connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
    close(fd);
    start_server(dir, key);
    return -1;
  }
  struct buf req = {0};
  int ok = build_request(&req, argc, argv) == 0 && write_all(fd, req.p, req.len) == 0 &&
           shutdown(fd, SHUT_WR) == 0;
  free(req.p);
  if (!ok) {
    close(fd);
    return -1;
  }
  /* frames: u8 kind, u32 length, payload */
  int debug = getenv("ROBUR_SERVER_DEBUG") != NULL, wrote = 0, status = -1;
  unsigned char head[5];
  while (read_all(fd, head, 5) == 0) {
    uint32_t len = get_u32(head + 1);
    if (len > MAX_REQUEST) break;
    unsigned char *payload = malloc(len ? len : 1);
    if (!payload || read_all(fd, payload, len) != 0) {
      free(payload);
      break;
    }
    if (head[0] == 'o' || head[0] == 'e') {
      write_all(head[0] == 'o' ? 1 : 2, payload, len);
      wrote = 1;
    } else if (head[0] == 'x' && len == 4) {
      status = (int)get_u32(payload);
    } else if (head[0] == 'd' && debug) {
      fprintf(stderr, "robur: server declined: %.*s\n", (int)len, (const char *)payload);
    }
    free(payload);
    if (head[0] == 'x' || head[0] == 'd') break;
  }
  close(fd);
  if (status < 0 && wrote)
    fprintf(stderr, "robur: the compile server stopped before finishing; running the command without it\n");
  return status;
}

int main(int argc, char **argv) {
  char self[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", self, sizeof self - 1);
  if (n <= 0) {
    perror("robur: /proc/self/exe");
    return 2;
  }
  self[n] = 0;
  char *slash = strrchr(self, '/');
  *slash = 0;
  if (!realpath(self, bindir)) {
    perror("robur");
    return 2;
  }
  const char *use = getenv("ROBUR_SERVER");
  int served = argc >= 2 && (strcmp(argv[1], "build") == 0 || strcmp(argv[1], "check") == 0);
  if (served && !(use && strcmp(use, "0") == 0)) {
    signal(SIGPIPE, SIG_IGN);
    int status = via_server(argc, argv);
    if (status >= 0) return status;
    signal(SIGPIPE, SIG_DFL);
  }
  exec_python(argc, argv);
  return 2;
}
