let messages = [
  "first";
  "second";
  "third;
  "fourth";
]
