var a, b, x: int64;
begin readln(a, b); x := 0; while true do x := x + 1; writeln(x); end.
