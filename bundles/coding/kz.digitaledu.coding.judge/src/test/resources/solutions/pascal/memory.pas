var a, b: int64; v: array of longint; i: longint;
begin readln(a, b); SetLength(v, 200000000); for i := 0 to high(v) do v[i] := i; writeln(v[a mod 10] + b); end.
