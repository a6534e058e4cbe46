import java.util.Scanner;
public class Main { public static void main(String[] x) { Scanner s = new Scanner(System.in); long a = s.nextLong(); int[] arr = new int[1]; System.out.println(arr[(int) (a - a) + 5]); } }
