public class Main { public static void main(String[] x) { int a = "text"; } }
