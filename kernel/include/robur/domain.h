/*
 * domain.h -- the single domain state and the static atoms.
 */
#ifndef ROBUR_DOMAIN_H
#define ROBUR_DOMAIN_H

#include "domain_state.h"

void caml_init_domain(void);

#endif
