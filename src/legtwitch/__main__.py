from legtwitch.cli import main

main()
