function __jobsag_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __jobsag_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __jobsag_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __jobsag_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __jobsag_parse_tokens -S
    set -l unparsed_tokens (__jobsag_tokens -pc)
    switch $unparsed_tokens[1]
    case 'jobsag'
        __jobsag_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'open'
            __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
        case 'demo'
            __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'cases=' 'seed=' 'new' 'version' 'h/help'
        case 'check'
            __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'json' 'with-names' 'version' 'h/help'
        case 'reminders'
            __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'ics=' 'with-names' 'json' 'version' 'h/help'
        case 'search'
            __jobsag_parse_subcommand 1 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'json' 'with-names' 'version' 'h/help'
        case 'plan'
            __jobsag_parse_subcommand 1 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'html=' 'md=' 'version' 'h/help'
        case 'rules'
            __jobsag_parse_subcommand 1 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'json' 'version' 'h/help'
        case 'validate'
            __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'json' 'version' 'h/help'
        case 'export'
            __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'csv=' 'with-cpr' 'version' 'h/help'
        case 'import'
            __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'csv=' 'version' 'h/help'
        case 'backup'
            __jobsag_parse_subcommand 1 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
        case 'restore'
            __jobsag_parse_subcommand 1 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
        case 'review'
            __jobsag_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'start'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'from=' 'to=' 'size=' 'seed=' 'no-strata-group' 'no-strata-caseworker' 'title=' 'version' 'h/help'
            case 'list'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'json' 'version' 'h/help'
            case 'report'
                __jobsag_parse_subcommand 1 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'md=' 'csv=' 'version' 'h/help'
            case 'access'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'json' 'case=' 'sample=' 'seed=' 'from=' 'to=' 'version' 'h/help'
            end
        case 'audit'
            __jobsag_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'verify'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
            end
        case 'db'
            __jobsag_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'init'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
            case 'migrate'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
            case 'import'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'from=' 'skip-bad' 'version' 'h/help'
            case 'export'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'to=' 'version' 'h/help'
            end
        case 'config'
            __jobsag_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'check'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
            case 'show'
                __jobsag_parse_subcommand 0 'data=' 'database=' 'user=' 'as-of=' 'no-color' 'lang=' 'config=' 'version' 'h/help'
            end
        case 'help'
            __jobsag_parse_subcommand -r 1 'version'
        end
    end
end

function __jobsag_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __jobsag_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __jobsag_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __jobsag_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__jobsag_tokens -p)
    if test -z "$(__jobsag_tokens -t)"
        set -l index (count (__jobsag_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'jobsag' -f
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'open' -d 'Åbn sagsstammen i terminalen (standard).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'demo' -d 'Lav en realistisk demo-datamappe og åbn den.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'check' -d 'Vurdér alle sager og vis, hvad der er overskredet og forfalder snart.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'reminders' -d 'Vis hvad der forfalder (frister og egne påmindelser); --ics skriver en kalenderfil.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'search' -d 'Søg i samtaler, journalnotater og mål i dine sager.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'plan' -d 'Skriv borgerens plan (Min Plan) til borgeren som HTML eller Markdown, uden CPR-nummer.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'rules' -d 'Vis regelkataloget, eller én regel med kilde og lovgrundlag.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'validate' -d 'Kontrollér hele datamappen (eller databasen) og vis hver fil eller sag, der ikke kan læses (sti, linje, kolonne).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'export' -d 'Skriv dine sager som CSV til Excel eller LibreOffice (UTF-8 med BOM, semikolon, dd.mm.åååå).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'import' -d 'Opret sager fra en CSV-fil med kolonnerne fra jobsag export (flytning fra et andet system); alt eller intet.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'backup' -d 'Skriv en sikkerhedskopi af hele datamappen til én komprimeret fil (tar.gz).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'restore' -d 'Gendan en sikkerhedskopi i en tom eller ny mappe (--data) og kontrollér den.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'review' -d 'Ledelsestilsyn: start en stikprøverunde, vis runderne, skriv rapporten, gennemgå adgangsloggen.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'audit' -d 'Revisionsloggen: kontrollér, at ingen hændelse er ændret, indsat eller fjernet.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'db' -d 'Opret, opdatér, indlæs og udlæs jobcentrets PostgreSQL-database (--database eller $JOBSAG_DATABASE_URL).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'config' -d 'Indstillingsfilen: kontrollér den, eller vis de indstillinger, der gælder.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag open" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" cases' -l 'cases' -d 'Antal sager, fra 1 til 200000 (standard 500).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" seed' -l 'seed' -d 'Startværdi for tilfældighederne (et helt tal fra 0): samme værdi giver samme data.' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" new' -l 'new' -d 'Lav demo-data forfra, også når de findes.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag demo" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" json' -l 'json' -d 'Skriv alle forpligtelser som JSON.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" with-names' -l 'with-names' -d 'Vis borgernes navne (standard: kun sagsnumre).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" ics' -l 'ics' -d 'Skriv en iCalendar-fil (RFC 5545) med én begivenhed pr. frist.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'ics\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" with-names' -l 'with-names' -d 'Tag borgernes navne med.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" json' -l 'json' -d 'Skriv det, der forfalder, som JSON.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag reminders" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" json' -l 'json' -d 'Skriv det fundne som JSON.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" with-names' -l 'with-names' -d 'Vis borgernes navne (standard: kun sagsnumre).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag search" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag plan" -eq 1' -fka '(__jobsag_custom_completion ---completion plan -- positional@0 (count (__jobsag_tokens -pc)) (__jobsag_tokens -tC))'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" html' -l 'html' -d 'Skriv planen som HTML til filen (- for standard output).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'html\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" md' -l 'md' -d 'Skriv planen som Markdown til filen (- for standard output).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'md\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag rules" -eq 1' -fka 'KF.4I6 KF.FOERSTE.FYSISK KF.FORM KF.EFTER6 KF.FAELLES KF.FAELLES.16 KF.FOERSTE.1U KF.SYG.UGE8 KF.SYG.FOERSTE UH.VISITATION UH.PAALAEG UH.PAALAEG.OPFOELG UH.PAALAEG.FRIST UH.LSR UH.225.VEJL UH.KOORD UH.UDDMAAL UH.OPSTART UH.FRAFALD KA.KOORD TB.RETPLIGT TB.VO.IKKE.RP TB.AKTIV12 TB.FORMAAL TB.PRAKTIK.FORMAAL TB.OPFOELG TB.PASSIV PL.FINDES PL.JOBMAAL PL.DELMAAL PL.AFTALER PL.ROED.TRAAD PL.STATUS PL.CV RD.VEJL RD.UDEBLIV RD.AP.KONTAKT RD.40A RD.40A.GODKEND TT.UNDTAG IN.KATEGORI IN.TILBUD1 IN.PAUSE6U IN.DANSK FJ.REHAB FJ.ARBEJDSEVNE FJ.TIMER FJ.PROGRESSION KF.UH.UP.2I3 KF.UH.AP.2MD KF.KH.AP.4I12 TB.UH.1MD PL.CV.AAUP'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" json' -l 'json' -d 'Skriv reglerne med kilder som JSON.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" json' -l 'json' -d 'Skriv problemerne som JSON.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag validate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" csv' -l 'csv' -d 'Filen, der skal skrives (- for standard output).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" with-cpr' -l 'with-cpr' -d 'Hele CPR-numre i stedet for skjulte (noteres i loggen).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" csv' -l 'csv' -d 'CSV-filen (UTF-8, semikolon; - for standard input).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'csv\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag backup" -eq 1' -F
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag backup" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag restore" -eq 1' -F
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag restore" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag review" -eq 1' -fa 'start' -d 'Træk en stikprøve af sager (lagdelt efter målgruppe og sagsbehandler) og gem runden.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag review" -eq 1' -fa 'list' -d 'Vis stikprøverunderne med fremdrift (gennemgået / tilbage).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag review" -eq 1' -fa 'report' -d 'Skriv rundens rapport: Markdown på skærmen eller i en fil (--md), og/eller CSV til regneark (--csv).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag review" -eq 1' -fa 'access' -d 'Gennemgå adgangsloggen: hvem har åbnet en sag (--case), eller en stikprøve af opslag (--sample).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" from' -l 'from' -d 'Periodens første dag (fx 01.07.2026 eller 2026-07-01).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" to' -l 'to' -d 'Periodens sidste dag.' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" size' -l 'size' -d 'Antal sager i stikprøven, fra 1 til 10000 (standard 15).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" seed' -l 'seed' -d 'Startværdi for lodtrækningen (et helt tal fra 0); samme værdi giver samme stikprøve (standard: tilfældig, udskrives).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" no-strata-group' -l 'no-strata-group' -d 'Lagdel ikke efter målgruppe.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" no-strata-caseworker' -l 'no-strata-caseworker' -d 'Lagdel ikke efter sagsbehandler.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" title' -l 'title' -d 'Rundens titel.' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review start" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" json' -l 'json' -d 'Skriv runderne som JSON.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag review report" -eq 1' -fka '(__jobsag_custom_completion ---completion review report -- positional@0 (count (__jobsag_tokens -pc)) (__jobsag_tokens -tC))'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" md' -l 'md' -d 'Skriv Markdown-rapporten til denne fil.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'md\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" csv' -l 'csv' -d 'Skriv CSV-rapporten i denne mappe: én fil pr. tabel (UTF-8 med BOM, semikolon, decimalkomma).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" json' -l 'json' -d 'Skriv opslagene som JSON.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" case' -l 'case' -d 'Sagens nummer: vis hvem der har åbnet den og hvornår.' -rfka '(__jobsag_custom_completion ---completion review access -- --case (count (__jobsag_tokens -pc)) (__jobsag_tokens -tC))'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" sample' -l 'sample' -d 'Træk så mange opslag tilfældigt fra loggen, fra 1 til 100000.' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" seed' -l 'seed' -d 'Startværdi for lodtrækningen, et helt tal fra 0 (standard: tilfældig, udskrives).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" from' -l 'from' -d 'Kun opslag fra denne dag.' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" to' -l 'to' -d 'Kun opslag til og med denne dag.' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag review access" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag audit" -eq 1' -fa 'verify' -d 'Kontrollér revisionsloggens hash-kæde (SHA-256) og vis den første linje, der er ændret, indsat eller fjernet.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag audit verify" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag db" -eq 1' -fa 'init' -d 'Opret Jobsags tabeller og roller i en tom database.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag db" -eq 1' -fa 'migrate' -d 'Bring databasens skema op til denne versions (skridt for skridt; intet, når det er aktuelt).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag db" -eq 1' -fa 'import' -d 'Indlæs en datamappe (sager, brugere, adgangslog, stikprøverunder) i en tom database, alt eller intet.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag db" -eq 1' -fa 'export' -d 'Udlæs hele databasen som en ny datamappe (til arkiv, fejlsøgning eller en bærbar uden net).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db migrate" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" from' -l 'from' -d 'Datamappen, der skal indlæses.' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" skip-bad' -l 'skip-bad' -d 'Spring det over, der ikke kan læses, i stedet for at stoppe.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" to' -l 'to' -d 'En ny eller tom mappe.' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag db export" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag config" -eq 1' -fa 'check' -d 'Kontrollér indstillingsfilen: hver ukendt nøgle, forkert type og tastekonflikt med linje og kolonne.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_positional "jobsag config" -eq 1' -fa 'show' -d 'Vis de indstillinger, der gælder, og hvor hver kommer fra (standard, filen, miljøet, et tilvalg).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" data' -l 'data' -d 'Datamappen; en relativ sti regnes fra den aktuelle mappe (standard: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).' -rfa '(__jobsag_complete_directories)'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" database' -l 'database' -d 'Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql:///jobsag?host=/var/run/postgresql (standard: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" user' -l 'user' -d 'Brugerens initialer (standard: $JOBSAG_USER, ellers login-navnet).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" as-of' -l 'as-of' -d 'Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).' -rfka ''
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" no-color' -l 'no-color' -d 'Ingen farver (også når NO_COLOR er sat).'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" lang' -l 'lang' -d 'Sprog: da eller en (standard: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).' -rfka 'da en'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" config' -l 'config' -d 'Indstillingsfilen (standard: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'toml\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" version' -l 'version' -d 'Show the version.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag config show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'jobsag' -n '__jobsag_should_offer_completions_for_flags_or_options "jobsag help" version' -l 'version' -d 'Show the version.'
