puts gets.downcase.count("aeiou")
