let () =
  for i = 0 to "10" do
    print_int i
  done
