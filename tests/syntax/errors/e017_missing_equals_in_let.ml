let double x x * 2
