let s = Stack.create ();;
Stack.push 1 s;;
Stack.push 2 s;;
Stack.pop s;;
Stack.length s;;
let q = Queue.create ();;
Queue.add "a" q;;
Queue.take q;;
Queue.take q;;
