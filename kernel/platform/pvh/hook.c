/* hook.c: the default stack-overflow hook, alone in its file (and archive
 * member) so that a runtime's strong definition replaces it cleanly: "not
 * handled", which turns a guard-page fault into a panic. */
#include <robur/platform.h>

__attribute__((weak)) int rb_stack_overflow_hook(struct rb_fault_ctx *ctx)
{
    (void)ctx;
    return 0;
}
