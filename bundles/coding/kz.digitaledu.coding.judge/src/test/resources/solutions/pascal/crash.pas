var a, b, z: longint;
begin readln(a, b); z := 0; writeln(a div z + b); end.
