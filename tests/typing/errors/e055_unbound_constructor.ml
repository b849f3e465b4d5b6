type status = Active | Inactive
let current = Suspended
