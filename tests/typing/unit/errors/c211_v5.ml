let x = Lisst.length []
