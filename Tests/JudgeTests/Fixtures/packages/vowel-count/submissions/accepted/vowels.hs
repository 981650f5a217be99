import Data.Char (toLower)

main :: IO ()
main = do
    line <- getLine
    print (length (filter (`elem` "aeiou") (map toLower line)))
