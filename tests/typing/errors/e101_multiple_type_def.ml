type id = int
type name = string
type id = string
