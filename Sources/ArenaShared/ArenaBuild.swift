/// The release, as nodes report it to each other and to operators.
public enum ArenaBuild {
    public static let version = "0.6.0"
}
