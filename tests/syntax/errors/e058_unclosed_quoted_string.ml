let html = {|<p>
  some text
