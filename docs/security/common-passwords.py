#!/usr/bin/env python3
"""Writes src/main/resources/account/common-passwords.txt, the list of passwords the site refuses.

Written for Interview Lab from general knowledge of what tops the published leaked-password
rankings (the "most common passwords" lists of SplashData/NordPass, the UK NCSC's PwnedPasswords
top 100k, SecLists): the well-known passwords themselves, and the base words of those lists
combined with the suffixes people add to pass length rules ("123", "2024", "!"). It is NOT a copy
of any of those lists and holds no data from a breach. Only lower case is stored; the site compares
without regard to case and spaces. Run from the repository root: python3 docs/security/common-passwords.py
"""
import itertools
import pathlib

# passwords that appear as they are near the top of every published ranking
WHOLE = """
123456 123456789 12345678 1234567890 12345 1234567 password qwerty 111111 123123 abc123 1234 000000
iloveyou 1q2w3e4r 1q2w3e4r5t 1q2w3e4r5t6y qwertyuiop 123321 666666 654321 7777777 987654321 0987654321
1qaz2wsx 1qaz2wsx3edc zaq12wsx zaq1zaq1 qazwsx qazwsxedc asdfghjkl asdfgh zxcvbnm zxcvbnm123 qwertyu
qwerty123 qwerty1234 qwerty12345 qwertyuiop123 password1 password12 password123 password1234 password12345
passw0rd p@ssw0rd p@ssword pa55word pa$$word passwordpassword iloveyou1 iloveyou123 iloveyou12
letmein letmein123 welcome welcome1 welcome123 welcome2024 admin admin123 admin1234 administrator
root toor changeme changeme123 default guest test test123 test1234 testtest secret secret123 login
login123 master master123 access access123 trustno1 starwars whatever nothing freedom 11111111 1111111111
00000000 0000000000 22222222 88888888 99999999 12341234 11223344 1122334455 112233 121212 123qwe
123qweasd 123qweasdzxc qwe123 qweasd qweasdzxc asd123 zxc123 a123456 a12345678 aa123456 abcd1234
abcdefgh abcdefghij abcdef 1a2b3c4d 1a2b3c4d5e q1w2e3r4 q1w2e3r4t5 q1w2e3r4t5y6 1234qwer 1234abcd
12345qwert 123456789a 123456789q a1b2c3d4 a1b2c3d4e5 aaaaaa aaaaaaaaaa qqqqqqqqqq abc12345 abcd12345
password! password1! p4ssword passwort motdepasse contrasena senha parola wachtwoord haslo salasana
5201314 woaini woaini1314 woaini520 iloveu 1314520 520520 a5201314 wodemima mima123456 qq123456
woaini123 aini1314 zhang123 wang123 li123456 123456aa 123456abc 147258369 159357 159753 147258
741852963 963852741 258258 369369 789456123 987654 147852369 12qwaszx 1q2w3e 2wsx3edc 3edc4rfv
monkey dragon football baseball basketball soccer hockey sunshine princess shadow superman batman
michael jennifer jordan23 michelle charlie thomas robert daniel andrew joshua matthew jessica ashley
hunter ranger buster tigger pepper ginger maggie harley cookie summer winter spring autumn
loveme lovely lover loveyou mylove babygirl baby123 angel angel123 killer hello hello123 helloworld
computer internet google facebook youtube linkedin twitter instagram microsoft apple samsung
pokemon naruto minecraft fortnite roblox matrix mustang ferrari porsche corvette mercedes
liverpool chelsea arsenal barcelona realmadrid manchester juventus
qwerty1 qwerty12 azerty azertyuiop azerty123 qwertz qwertz123 ytrewq asdf1234 asdfasdf zxcvzxcv
correcthorsebatterystaple correcthorse letmein1 opensesame blink182 metallica slipknot
""".split()

# base words of the rankings; each is also tried with the usual suffixes below
BASES = """
password passw0rd p@ssw0rd pass qwerty qwertyuiop asdf asdfgh asdfghjkl zxcvbnm iloveyou welcome admin
letmein monkey dragon football baseball basketball soccer hockey golf tennis sunshine princess
shadow superman batman spiderman ironman master killer hello hunter ranger buster tigger pepper
ginger maggie harley cookie summer winter spring autumn love lovely lover loveme angel baby babygirl
freedom whatever secret trustno1 starwars matrix mustang ferrari porsche pokemon naruto minecraft
computer internet google facebook youtube microsoft apple samsung orange banana chocolate cheese
pizza coffee flower purple yellow silver golden diamond rainbow butterfly dolphin tiger lion eagle
jordan michael jennifer michelle charlie thomas robert daniel andrew joshua matthew jessica ashley
david james john william richard joseph christopher anthony mark steven paul kevin brian george
amanda sarah emily hannah nicole elizabeth lauren samantha olivia sophia emma isabella charlotte
alexander benjamin nicholas jonathan patrick peter martin oliver jack harry liverpool chelsea
arsenal barcelona manchester united america canada london england france germany china india
jesus christ god heaven blessed faith hope forever family friends friend happy smile music
guitar rock metal dance party money success business office school student teacher doctor
nurse admin root user test guest demo default changeme access login master system server
database oracle mysql postgres linux ubuntu windows android iphone galaxy nokia
interview interviewlab backend developer engineer programmer coder hacker
""".split()

SUFFIXES = [""] + "1 12 123 1234 12345 123456 01 007 69 99 ! 1! 123! @123".split()
SUFFIXES += [str(year) for year in range(1990, 2027)] + [str(year) + "!" for year in range(2023, 2027)]
PREFIXES = ["", "my"]
# shorter ones fail the length rule anyway; 8 and 9 stay because "pass word1" is compared as "password1"
MIN_LENGTH = 8

KEYBOARD_ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm", "0987654321", "poiuytrewq", "lkjhgfdsa", "mnbvcxz"]


def variants():
    yield from WHOLE
    for base in BASES:
        for prefix, suffix in itertools.product(PREFIXES, SUFFIXES):
            if prefix and len(suffix) > 3:
                continue  # "mypassword1!" yes, every prefix with every year: too many, too rare
            yield (prefix + base + suffix).replace(" ", "")
        yield base + base
        yield base.capitalize() + "1"
    for row in KEYBOARD_ROWS:
        for length in range(6, len(row) + 1):
            yield row[:length]
    for digit in "0123456789":
        for length in range(6, 13):
            yield digit * length
    for letter in "abcdefghijklmnopqrstuvwxyz":
        yield letter * 10
    for start in range(0, 10):
        run = "".join(str((start + i) % 10) for i in range(12))
        for length in range(6, 13):
            yield run[:length]


def main():
    passwords = sorted({password.lower() for password in variants() if len(password) >= MIN_LENGTH})
    target = pathlib.Path("src/main/resources/account/common-passwords.txt")
    header = [
        "# Common passwords the site refuses for new passwords (registration, password change, first admin).",
        f"# {len(passwords)} entries, lower case; compared without regard to case and spaces.",
        "# Written for Interview Lab, not copied from a breach list: the passwords that top the published",
        "# rankings (SplashData/NordPass, NCSC top 100k, SecLists) as remembered, and their base words with the",
        "# usual suffixes (123, years, !). Generated by docs/security/common-passwords.py; edit that, not this.",
    ]
    target.write_text("\n".join(header + passwords) + "\n", encoding="utf-8")
    print(f"{len(passwords)} passwords written to {target}")


if __name__ == "__main__":
    main()
