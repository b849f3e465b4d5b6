let circumference r = 2.0 * 3.14159 *. r
