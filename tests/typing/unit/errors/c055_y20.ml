let f = fun x -> x.foo.bar
