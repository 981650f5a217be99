import ArenaShared

/// The languages that regional contests and archives add beyond the mainstream ones,
/// each from Debian's packages (`infra/install.sh`). Interpreted languages get a syntax
/// check as their compile step, so a typo is CE, not RE on the first test.
extension LanguageTable {
    static let more: [Language] = [
        Language(
            id: .haskell, name: "Haskell (GHC)", sourceFile: "main.hs", extensions: ["hs"],
            compile: ["/usr/bin/ghc", "-O2", "-v0", "-outputdir", "/tmp/ghc", "-o", "main", "{main}"], run: ["/box/main"],
            version: ["/usr/bin/ghc", "--version"], requiredFiles: ["/usr/bin/ghc"],
            compileLimits: Self.slowCompiler,
            // The GHC runtime reserves a terabyte of address space up front: never RLIMIT_AS.
            managesOwnHeap: true,
            template: "main :: IO ()\nmain = do\n    input <- getContents\n    -- Solve here and print the answer with putStrLn.\n    return ()\n"),
        Language(
            id: .csharp, name: "C# (Mono)", sourceFile: "main.cs", extensions: ["cs"],
            compile: ["/usr/bin/mcs", "-optimize+", "-nologo", "-out:main.exe", "{sources}"],
            run: ["/usr/bin/mono", "--gc=sgen", "/box/main.exe"],
            version: ["/usr/bin/mono", "--version"], requiredFiles: ["/usr/bin/mcs", "/usr/bin/mono"],
            compileLimits: Self.slowCompiler, managesOwnHeap: true,
            runtimeOverheadBytes: 64 << 20, processes: 128,
            template: "using System;\n\npublic class Program\n{\n    public static void Main()\n    {\n        string line;\n        while ((line = Console.ReadLine()) != null)\n        {\n            // Solve here and print the answer with Console.WriteLine.\n        }\n    }\n}\n"),
        Language(
            id: .ruby, name: "Ruby", sourceFile: "main.rb", extensions: ["rb"],
            compile: ["/usr/bin/ruby", "-c", "{main}"], run: ["/usr/bin/ruby", "{main}"],
            version: ["/usr/bin/ruby", "--version"], requiredFiles: ["/usr/bin/ruby"],
            template: "input = $stdin.read.split\n# Solve here and print the answer with puts.\n"),
        Language(
            id: .scala, name: "Scala 2 (JVM)", sourceFile: "main.scala", extensions: ["scala"],
            compile: ["/usr/bin/scalac", "-nowarn", "-d", ".", "{sources}"],
            // `scala` is a shell script that starts java: run the JVM directly (runs may not exec).
            run: jvm + ["-cp", "/usr/share/scala-2.11/lib/scala-library.jar:/box", "{main_class}"],
            version: ["/usr/bin/scalac", "-version"], requiredFiles: ["/usr/bin/scalac", "\(java)/java"],
            environment: ["JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64", "JAVA_OPTS=-Xmx768m -XX:+UseSerialGC -XX:-UsePerfData"],
            compileLimits: Self.slowCompiler, managesOwnHeap: true, runtimeOverheadBytes: 192 << 20, processes: 128,
            entryPoint: .declaredName(pattern: #"^\s*object\s+([A-Za-z_][A-Za-z0-9_]*)"#),
            template: "object Main {\n  def main(args: Array[String]): Unit = {\n    val lines = scala.io.Source.stdin.getLines().toList\n    // Solve here and print the answer with println.\n  }\n}\n"),
        Language(
            id: .ocaml, name: "OCaml (native)", sourceFile: "main.ml", extensions: ["ml"],
            compile: ["/usr/bin/ocamlopt", "-o", "main", "str.cmxa", "unix.cmxa", "{main}"], run: ["/box/main"],
            version: ["/usr/bin/ocamlopt", "-version"], requiredFiles: ["/usr/bin/ocamlopt"],
            template: "let () =\n  let n = Scanf.scanf \" %d\" (fun x -> x) in\n  ignore n\n  (* Solve here and print the answer with Printf.printf. *)\n"),
        Language(
            id: .pascal, name: "Pascal (Free Pascal)", sourceFile: "main.pas", extensions: ["pas"],
            compile: ["/usr/bin/fpc", "-O2", "-Sg", "-XS", "-viwn", "-omain", "{main}"], run: ["/box/main"],
            version: ["/usr/bin/fpc", "-iV"], requiredFiles: ["/usr/bin/fpc"],
            template: "program Main;\nvar\n  n: Int64;\nbegin\n  Read(n);\n  { Solve here and print the answer with WriteLn. }\nend.\n"),
        Language(
            id: .fortran, name: "Fortran (GFortran)", sourceFile: "main.f90", extensions: ["f90", "f95", "f03", "f08", "f"],
            compile: ["/usr/bin/gfortran", "-O2", "-pipe", "-o", "main", "{sources}"], run: ["/box/main"],
            version: ["/usr/bin/gfortran", "--version"], requiredFiles: ["/usr/bin/gfortran"],
            template: "program main\n  implicit none\n  integer(8) :: n\n  read *, n\n  ! Solve here and print the answer with print *.\nend program main\n"),
        Language(
            id: .lua, name: "Lua 5.4", sourceFile: "main.lua", extensions: ["lua"],
            compile: ["/usr/bin/luac5.4", "-p", "{main}"], run: ["/usr/bin/lua5.4", "{main}"],
            version: ["/usr/bin/lua5.4", "-v"], requiredFiles: ["/usr/bin/lua5.4", "/usr/bin/luac5.4"],
            template: "local input = io.read(\"a\")\n-- Solve here and print the answer with print.\n"),
        Language(
            id: .php, name: "PHP (CLI)", sourceFile: "main.php", extensions: ["php"],
            // -n: no php.ini from the host; the limit is the sandbox's, not PHP's 128 MiB.
            compile: ["/usr/bin/php", "-n", "-l", "{main}"],
            run: ["/usr/bin/php", "-n", "-d", "memory_limit=-1", "-d", "display_errors=stderr", "{main}"],
            version: ["/usr/bin/php", "-n", "--version"], requiredFiles: ["/usr/bin/php"],
            template: "<?php\n$input = stream_get_contents(STDIN);\n// Solve here and print the answer with echo.\n"),
        Language(
            id: .perl, name: "Perl 5", sourceFile: "main.pl", extensions: ["pl", "pm"],
            compile: ["/usr/bin/perl", "-c", "{main}"], run: ["/usr/bin/perl", "{main}"],
            version: ["/usr/bin/perl", "-e", "print \"perl $^V\\n\""], requiredFiles: ["/usr/bin/perl"],
            template: "use strict;\nuse warnings;\n\nmy @input = split ' ', do { local $/; <STDIN> };\n# Solve here and print the answer.\n"),
        Language(
            id: .bash, name: "Bash (builtins only)", sourceFile: "main.sh", extensions: ["sh", "bash"],
            // Runs may not start other programs, so only bash's own builtins work (no sort, bc, awk).
            compile: ["/bin/bash", "-n", "{main}"], run: ["/bin/bash", "{main}"],
            version: ["/bin/bash", "--version"], requiredFiles: ["/bin/bash"],
            template: "#!/bin/bash\nwhile read -r line; do\n    : # Solve here and print the answer with echo.\ndone\n"),
        Language(
            id: .prolog, name: "Prolog (SWI-Prolog)", sourceFile: "main.pl", extensions: ["pl", "pro"],
            // Every file is loaded, as Kattis does (a folder submission's helper modules too).
            compile: ["/usr/bin/swipl", "-q", "--on-error=status", "-g", "halt", "{sources}"],
            run: ["/usr/bin/swipl", "-O", "-q", "-g", "main", "-t", "halt", "{sources}"],
            version: ["/usr/bin/swipl", "--version"], requiredFiles: ["/usr/bin/swipl"], managesOwnHeap: true,
            template: "main :-\n    read_line_to_string(user_input, Line),\n    % Solve here and print the answer with write/1 and nl/0.\n    string(Line).\n"),
        Language(
            id: .lisp, name: "Common Lisp (SBCL)", sourceFile: "main.lisp", extensions: ["lisp", "cl"],
            compile: [
                "/usr/bin/sbcl", "--noinform", "--non-interactive", "--no-sysinit", "--no-userinit", "--eval",
                "(multiple-value-bind (fasl warnings failure) (compile-file \"{main}\" :output-file \"/box/main.fasl\") (declare (ignore fasl warnings)) (sb-ext:exit :code (if failure 1 0)))",
            ],
            run: ["/usr/bin/sbcl", "--dynamic-space-size", "{memory_mib}MB", "--script", "/box/main.fasl"],
            version: ["/usr/bin/sbcl", "--version"], requiredFiles: ["/usr/bin/sbcl"], managesOwnHeap: true,
            runtimeOverheadBytes: 64 << 20,
            template: "(let ((n (read *standard-input* nil)))\n  ;; Solve here and print the answer with (format t \"~a~%\" ...).\n  n)\n"),
    ]

    /// Compilers that start a JVM or a large runtime of their own.
    static let slowCompiler = SandboxLimits(
        cpuMilliseconds: 60_000, wallMilliseconds: 90_000, memoryBytes: 2048 << 20, outputBytes: 64 << 20, processes: 256, openFiles: 512)
}
