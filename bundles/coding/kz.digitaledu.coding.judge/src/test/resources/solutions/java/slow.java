import java.util.Scanner;
public class Main { static volatile long c; public static void main(String[] x) { Scanner s = new Scanner(System.in); long a = s.nextLong(); while (true) { c++; } } }
