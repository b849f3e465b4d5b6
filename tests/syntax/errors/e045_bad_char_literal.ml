let c = 'ab'
