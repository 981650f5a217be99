public class Tally {
    static int vowels(String text) {
        return (int) text.chars().filter(c -> Letters.VOWELS.indexOf(Character.toLowerCase(c)) >= 0).count();
    }
}
