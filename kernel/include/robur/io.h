/*
 * io.h -- OCaml channels on the console (fd 0, 1, 2).
 */
#ifndef ROBUR_IO_H
#define ROBUR_IO_H

#include "mlvalues.h"

void caml_init_io(uintnat buffer_size);
/* Flush stdout and stderr channels (at exit, before a fatal error). */
void caml_flush_std_channels(void);
/* Write straight to the console, after flushing the channels of that fd. */
void caml_console_write(int fd, const char *s, size_t len);

CAMLprim value caml_ml_open_descriptor_in(value fd);
CAMLprim value caml_ml_open_descriptor_out(value fd);
CAMLprim value caml_ml_output(value chan, value buf, value ofs, value len);
CAMLprim value caml_ml_output_char(value chan, value c);
CAMLprim value caml_ml_flush(value chan);

#endif
