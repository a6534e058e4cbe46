import java.util.*;
public class Main { public static void main(String[] x) { Scanner s = new Scanner(System.in); long a = s.nextLong(); List<long[]> keep = new ArrayList<>(); while (true) { keep.add(new long[1 << 20]); } } }
