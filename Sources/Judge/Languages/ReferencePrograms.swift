import ArenaShared

/// A+B (two integers on a line, print their sum) in every language: known-good programs
/// for the judge's own checks (tests, benchmarks, an operator's smoke test), kept apart
/// from the editor templates, which only read the input.
public enum ReferencePrograms {
    public static let aPlusB: [LanguageID: String] = [
        .c: "#include <stdio.h>\n\nint main(void) {\n    long long a, b;\n    scanf(\"%lld %lld\", &a, &b);\n    printf(\"%lld\\n\", a + b);\n    return 0;\n}\n",
        .cpp17: "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    long long a, b;\n    cin >> a >> b;\n    cout << a + b << '\\n';\n}\n",
        .cpp20: "#include <bits/stdc++.h>\nusing namespace std;\n\nint main() {\n    long long a, b;\n    cin >> a >> b;\n    cout << a + b << '\\n';\n}\n",
        .python3: "a, b = map(int, input().split())\nprint(a + b)\n",
        .pypy3: "a, b = map(int, input().split())\nprint(a + b)\n",
        .java17: "import java.util.*;\n\npublic class Main {\n    public static void main(String[] args) {\n        Scanner in = new Scanner(System.in);\n        long a = in.nextLong(), b = in.nextLong();\n        System.out.println(a + b);\n    }\n}\n",
        .kotlin: "fun main() {\n    val (a, b) = readLine()!!.split(\" \").map { it.toLong() }\n    println(a + b)\n}\n",
        .javascript: "const [a, b] = require('fs').readFileSync(0, 'utf8').trim().split(/\\s+/).map(BigInt);\nconsole.log((a + b).toString());\n",
        .rust: "use std::io::*;\n\nfn main() {\n    let mut s = String::new();\n    stdin().read_to_string(&mut s).unwrap();\n    let v: Vec<i64> = s.split_whitespace().map(|x| x.parse().unwrap()).collect();\n    println!(\"{}\", v[0] + v[1]);\n}\n",
        .go: "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar a, b int64\n\tfmt.Scan(&a, &b)\n\tfmt.Println(a + b)\n}\n",
        .swift: "let v = readLine()!.split(separator: \" \").map { Int($0)! }\nprint(v[0] + v[1])\n",
        .haskell: "main :: IO ()\nmain = do\n    [a, b] <- map read . words <$> getLine :: IO [Integer]\n    print (a + b)\n",
        .csharp: "using System;\n\npublic class Program\n{\n    public static void Main()\n    {\n        var t = Console.ReadLine().Split(' ');\n        Console.WriteLine(long.Parse(t[0]) + long.Parse(t[1]));\n    }\n}\n",
        .ruby: "a, b = gets.split.map(&:to_i)\nputs a + b\n",
        .scala: "object Main {\n  def main(args: Array[String]): Unit = {\n    val Array(a, b) = scala.io.StdIn.readLine().trim.split(\" +\").map(_.toLong)\n    println(a + b)\n  }\n}\n",
        .ocaml: "let () = Scanf.scanf \" %d %d\" (fun a b -> Printf.printf \"%d\\n\" (a + b))\n",
        .pascal: "program Main;\nvar a, b: Int64;\nbegin\n  Read(a, b);\n  WriteLn(a + b);\nend.\n",
        .fortran: "program main\n  implicit none\n  integer(8) :: a, b\n  read *, a, b\n  print \"(i0)\", a + b\nend program main\n",
        .lua: "local a, b = io.read(\"n\", \"n\")\nprint(math.tointeger(a + b))\n",
        .php: "<?php\n[$a, $b] = array_map('intval', preg_split('/\\s+/', trim(fgets(STDIN))));\necho $a + $b, \"\\n\";\n",
        .perl: "my ($a, $b) = split ' ', <STDIN>;\nprint $a + $b, \"\\n\";\n",
        .bash: "read -r a b\necho $((a + b))\n",
        .prolog: "main :-\n    read_line_to_string(user_input, Line),\n    split_string(Line, \" \", \" \", [A, B | _]),\n    number_string(X, A), number_string(Y, B),\n    Z is X + Y, write(Z), nl.\n",
        .lisp: "(let ((a (read)) (b (read)))\n  (format t \"~a~%\" (+ a b)))\n",
    ]
}
