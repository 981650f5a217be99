import java.util.Scanner;

public class Main {
    public static void main(String[] args) {
        System.out.println(Tally.vowels(new Scanner(System.in).nextLine()));
    }
}
