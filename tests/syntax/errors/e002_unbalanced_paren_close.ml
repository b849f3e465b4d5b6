let x = )
