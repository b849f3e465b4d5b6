/*
 * io.c -- OCaml's buffered channels, on the console only.
 *
 * A channel value is a custom block ("_chan") holding a pointer to a static
 * struct channel.  There is one output channel per console fd (1, 2) and one
 * input channel (0): opening the same descriptor twice gives the same
 * buffer, so Stdlib's stdout and a later `open_descriptor_out 1` cannot
 * reorder output.  Output is buffered exactly as OCaml buffers it (a full
 * buffer is written out, flush writes everything, nothing is written
 * implicitly at a newline) so that interleavings of stdout and stderr match
 * OCaml's; the buffer is 64 KiB like OCaml's unless memory is tiny.  There
 * is no file system: positions are byte counts, seeking and channel sizes
 * raise Sys_error.
 */
#include "robur/io.h"
#include "robur/alloc.h"
#include "robur/memory.h"
#include "robur/fail.h"
#include "robur/mem.h"
#include "robur/platform.h"
#include "control.h"

struct channel {
  int fd;
  int out;
  unsigned char *buff, *curr, *max, *end;
  int64_t offset; /* stream position of buff[0] */
  int eof;
};

static struct channel chan_in, chan_out, chan_err;
static uintnat buffer_size = 65536;

static int compare_chan(value a, value b)
{
  struct channel *x = *(struct channel **)Data_custom_val(a);
  struct channel *y = *(struct channel **)Data_custom_val(b);
  return x == y ? 0 : (x < y ? -1 : 1);
}

static intnat hash_chan(value a) { return (intnat) * (struct channel **)Data_custom_val(a); }

static const struct custom_operations channel_ops = {
    "_chan", NULL, compare_chan, hash_chan, NULL, NULL, NULL, NULL};

#define Channel(v) (*(struct channel **)Data_custom_val(v))

static void setup(struct channel *c, int fd, int out)
{
  c->fd = fd;
  c->out = out;
  c->buff = platform_alloc_pages(buffer_size);
  if (c->buff == NULL) platform_panic("cannot allocate a channel buffer");
  c->curr = c->max = c->buff;
  c->end = c->buff + buffer_size;
}

void caml_init_io(uintnat bsize)
{
  buffer_size = bsize;
  chan_in.buff = chan_out.buff = chan_err.buff = NULL;
}

static struct channel *get_channel(int fd, int out)
{
  struct channel *c = out ? (fd == 2 ? &chan_err : (fd == 1 ? &chan_out : NULL))
                          : (fd == 0 ? &chan_in : NULL);
  if (c == NULL) return NULL;
  if (c->buff == NULL) setup(c, fd, out);
  return c;
}

/* Where console output goes: the platform console, or the capture sink of
   the EVAL being served (control.h). */
static rb_console_sink sink;

void rb_io_capture(rb_console_sink s) { sink = s; }

static void console_write(int fd, const char *s, size_t n)
{
  if (sink) sink(fd, s, n);
  else platform_console_write(fd, s, n);
}

static void flush(struct channel *c)
{
  if (c->buff == NULL || !c->out) return;
  size_t n = (size_t)(c->curr - c->buff);
  if (n > 0) console_write(c->fd, (const char *)c->buff, n);
  c->offset += (int64_t)n;
  c->curr = c->buff;
}

void caml_flush_std_channels(void)
{
  flush(&chan_out);
  flush(&chan_err);
}

void caml_console_write(int fd, const char *s, size_t len)
{
  caml_flush_std_channels();
  console_write(fd, s, len);
}

static value alloc_channel(struct channel *c)
{
  value v = caml_alloc_custom(&channel_ops, sizeof(struct channel *));
  Channel(v) = c;
  return v;
}

static value bad_descriptor(void)
{
  caml_raise_sys_error(caml_copy_string("Bad file descriptor"));
}

CAMLprim value caml_ml_open_descriptor_in(value fd)
{
  struct channel *c = get_channel(Int_val(fd), 0);
  if (c == NULL) return bad_descriptor();
  return alloc_channel(c);
}

CAMLprim value caml_ml_open_descriptor_out(value fd)
{
  struct channel *c = get_channel(Int_val(fd), 1);
  if (c == NULL) return bad_descriptor();
  return alloc_channel(c);
}

CAMLprim value caml_ml_out_channels_list(value unit)
{
  CAMLparam1(unit);
  CAMLlocal3(res, chan, cell);
  struct channel *outs[2] = {&chan_err, &chan_out};
  res = Val_emptylist;
  for (int i = 0; i < 2; i++) {
    if (outs[i]->buff == NULL) continue;
    chan = alloc_channel(outs[i]);
    cell = caml_alloc_small(2, 0);
    Field(cell, 0) = chan;
    Field(cell, 1) = res;
    res = cell;
  }
  CAMLreturn(res);
}

static void put(struct channel *c, const unsigned char *p, size_t len)
{
  while (len > 0) {
    size_t room = (size_t)(c->end - c->curr);
    if (room == 0) {
      flush(c);
      room = (size_t)(c->end - c->curr);
    }
    size_t n = len < room ? len : room;
    rb_memcpy(c->curr, p, n);
    c->curr += n;
    p += n;
    len -= n;
  }
}

CAMLprim value caml_ml_output_bytes(value vchan, value buf, value ofs, value len)
{
  put(Channel(vchan), Bytes_val(buf) + Long_val(ofs), (size_t)Long_val(len));
  return Val_unit;
}

CAMLprim value caml_ml_output(value vchan, value buf, value ofs, value len)
{
  return caml_ml_output_bytes(vchan, buf, ofs, len);
}

CAMLprim value caml_ml_output_char(value vchan, value ch)
{
  unsigned char c = (unsigned char)Long_val(ch);
  put(Channel(vchan), &c, 1);
  return Val_unit;
}

CAMLprim value caml_ml_output_int(value vchan, value w)
{
  intnat i = Long_val(w);
  unsigned char b[4] = {(unsigned char)(i >> 24), (unsigned char)(i >> 16),
                        (unsigned char)(i >> 8), (unsigned char)i};
  put(Channel(vchan), b, 4);
  return Val_unit;
}

CAMLprim value caml_ml_flush(value vchan)
{
  flush(Channel(vchan));
  return Val_unit;
}

CAMLprim value caml_ml_flush_partial(value vchan)
{
  flush(Channel(vchan));
  return Val_true;
}

CAMLprim value caml_ml_close_channel(value vchan)
{
  flush(Channel(vchan));
  return Val_unit;
}

CAMLprim value caml_ml_set_binary_mode(value vchan, value mode)
{
  (void)vchan;
  (void)mode;
  return Val_unit;
}

CAMLprim value caml_ml_set_channel_name(value vchan, value name)
{
  (void)vchan;
  (void)name;
  return Val_unit;
}

CAMLprim value caml_ml_set_buffered(value vchan, value mode)
{
  (void)mode;
  flush(Channel(vchan));
  return Val_unit;
}

CAMLprim value caml_ml_is_buffered(value vchan)
{
  (void)vchan;
  return Val_true;
}

CAMLprim value caml_ml_pos_out(value vchan)
{
  struct channel *c = Channel(vchan);
  return Val_long(c->offset + (c->curr - c->buff));
}

CAMLprim value caml_ml_pos_in(value vchan)
{
  struct channel *c = Channel(vchan);
  return Val_long(c->offset + (c->curr - c->buff));
}

static value illegal_seek(void) { caml_raise_sys_error(caml_copy_string("Illegal seek")); }

CAMLprim value caml_ml_channel_size(value vchan)
{
  (void)vchan;
  return illegal_seek();
}
CAMLprim value caml_ml_channel_size_64(value vchan) { return caml_ml_channel_size(vchan); }
CAMLprim value caml_ml_seek_out(value vchan, value pos)
{
  (void)pos;
  return caml_ml_channel_size(vchan);
}
CAMLprim value caml_ml_seek_in(value vchan, value pos) { return caml_ml_seek_out(vchan, pos); }
CAMLprim value caml_ml_pos_out_64(value vchan) { return caml_copy_int64(Long_val(caml_ml_pos_out(vchan))); }
CAMLprim value caml_ml_pos_in_64(value vchan) { return caml_copy_int64(Long_val(caml_ml_pos_in(vchan))); }

/* Input. Returns bytes read into the buffer (0 at end of input). */
static intnat refill(struct channel *c)
{
  if (c->eof) return 0;
  if (c->curr > c->buff) { /* shift pending bytes down */
    size_t pending = (size_t)(c->max - c->curr);
    rb_memmove(c->buff, c->curr, pending);
    c->offset += c->curr - c->buff;
    c->curr = c->buff;
    c->max = c->buff + pending;
  }
  if (c->max == c->end) return 0;
  caml_flush_std_channels(); /* like a terminal: show the prompt first */
  long n = platform_console_read((char *)c->max, (size_t)(c->end - c->max));
  if (n <= 0) {
    c->eof = 1;
    return 0;
  }
  c->max += n;
  return n;
}

CAMLprim value caml_ml_input_char(value vchan)
{
  struct channel *c = Channel(vchan);
  if (c->curr >= c->max && refill(c) == 0) caml_raise_end_of_file();
  return Val_int(*c->curr++);
}

CAMLprim value caml_ml_input_int(value vchan)
{
  intnat r = 0;
  for (int i = 0; i < 4; i++) r = (r << 8) | Long_val(caml_ml_input_char(vchan));
  r = (intnat)(int32_t)(uint32_t)r;
  return Val_long(r);
}

CAMLprim value caml_ml_input(value vchan, value buf, value vofs, value vlen)
{
  struct channel *c = Channel(vchan);
  intnat len = Long_val(vlen);
  if (len == 0) return Val_int(0);
  if (c->curr >= c->max && refill(c) == 0) return Val_int(0);
  intnat avail = c->max - c->curr;
  intnat n = avail < len ? avail : len;
  rb_memcpy(Bytes_val(buf) + Long_val(vofs), c->curr, (size_t)n);
  c->curr += n;
  return Val_long(n);
}

CAMLprim value caml_ml_input_scan_line(value vchan)
{
  struct channel *c = Channel(vchan);
  unsigned char *p = c->curr;
  for (;;) {
    if (p >= c->max) {
      intnat before = p - c->curr;
      if (refill(c) == 0) return Val_long(-(c->max - c->curr));
      p = c->curr + before;
      continue;
    }
    if (*p++ == '\n') return Val_long(p - c->curr);
  }
}
