type container = { contents : 'a list; size : int }
