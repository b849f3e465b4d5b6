type answer = Yes | No | Yes
