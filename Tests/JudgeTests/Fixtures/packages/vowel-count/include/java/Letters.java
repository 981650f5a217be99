public class Letters {
    public static final String VOWELS = "aeiou";
}
