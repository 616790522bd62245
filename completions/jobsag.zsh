#compdef jobsag

__jobsag_complete() {
    local -ar non_empty_completions=("${@:#(|:*)}")
    local -ar empty_completions=("${(M)@:#(|:*)}")
    _describe -V '' non_empty_completions -- empty_completions -P $'\'\''
}

__jobsag_custom_complete() {
    local -a completions
    completions=("${(@f)"$("${command_name}" "${@}" "${command_line[@]}")"}")
    if [[ "${#completions[@]}" -gt 1 ]]; then
        __jobsag_complete "${completions[@]:0:-1}"
    fi
}

__jobsag_cursor_index_in_current_word() {
    if [[ -z "${QIPREFIX}${IPREFIX}${PREFIX}" ]]; then
        printf 0
    else
        printf %s "${#${(z)LBUFFER}[-1]}"
    fi
}

_jobsag() {
    emulate -RL zsh -G
    setopt extendedglob nullglob numericglobsort
    unsetopt aliases banghist

    local -xr SAP_SHELL=zsh
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(builtin emulate zsh -c 'printf %s "${ZSH_VERSION}"')"
    local -r SAP_SHELL_VERSION

    local context state state_descr line
    local -A opt_args

    local -r command_name="${words[1]}"
    local -ar command_line=("${words[@]}")
    local -ir current_word_index="$((CURRENT - 1))"

    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'open:Åbn sagsstammen i terminalen (standard).'
            'demo:Lav en realistisk demo-datamappe og åbn den.'
            'check:Vurdér alle sager og vis, hvad der er overskredet og forfalder snart.'
            'reminders:Vis hvad der forfalder (frister, egne påmindelser og bookede møder); --ics skriver en kalenderfil.'
            'search:Søg i samtaler, journalnotater og mål i dine sager.'
            'plan:Skriv borgerens plan (Min Plan) til borgeren som HTML eller Markdown, uden CPR-nummer.'
            'rules:Vis regelkataloget, eller én regel med kilde og lovgrundlag.'
            'validate:Kontrollér hele datamappen (eller databasen) og vis hver fil eller sag, der ikke kan læses (sti, linje, kolonne).'
            'export:Skriv dine sager som CSV til Excel eller LibreOffice (UTF-8 med BOM, semikolon, dd.mm.åååå).'
            'import:Opret sager fra en CSV-fil med kolonnerne fra jobsag export (flytning fra et andet system); alt eller intet.'
            'backup:Skriv en sikkerhedskopi af hele datamappen til én komprimeret fil (tar.gz).'
            'restore:Gendan en sikkerhedskopi i en tom eller ny mappe (--data) og kontrollér den.'
            'review:Ledelsestilsyn: start en stikprøverunde, vis runderne, skriv rapporten, gennemgå adgangsloggen.'
            'audit:Revisionsloggen: kontrollér, at ingen hændelse er ændret, indsat eller fjernet.'
            'db:Opret, opdatér, indlæs og udlæs jobcentrets PostgreSQL-database (--database eller $JOBSAG_DATABASE_URL).'
            'config:Indstillingsfilen: kontrollér den, eller vis de indstillinger, der gælder.'
            'init:Opret en tom datamappe (ikke demo) med dig som første medarbejder, kendt ved dit login.'
            'caseworker:Vis og ændr medarbejderne (tilføj og ændre: en teamleders eller faglig konsulents opgave, logget).'
            'help:Show subcommand help information.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        open|demo|check|reminders|search|plan|rules|validate|export|import|backup|restore|review|audit|db|config|init|caseworker|help)
            "_jobsag_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_jobsag_open() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_demo() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--cases[Antal sager, fra 1 til 200000 (standard 500).]:antal:'
        '--seed[Startværdi for tilfældighederne (et helt tal fra 0)\: samme værdi giver samme data.]:tal:'
        '--new[Lav demo-data forfra, også når de findes.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_check() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--json[Skriv alle forpligtelser som JSON.]'
        '--with-names[Vis borgernes navne (standard\: kun sagsnumre).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_reminders() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--ics[Skriv en iCalendar-fil (RFC 5545) med én begivenhed pr. frist og pr. møde.]:fil:_files -g '\''*.ics'\'''
        '--with-names[Tag borgernes navne med.]'
        '--json[Skriv det, der forfalder, som JSON.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_search() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':tekst:'
        '--json[Skriv det fundne som JSON.]'
        '--with-names[Vis borgernes navne (standard\: kun sagsnumre).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_plan() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':sag:{__jobsag_custom_complete ---completion plan -- positional@0 "${current_word_index}" "$(__jobsag_cursor_index_in_current_word)"}'
        '--html[Skriv planen som HTML til filen (- for standard output).]:fil:_files -g '\''*.html'\'''
        '--md[Skriv planen som Markdown til filen (- for standard output).]:fil:_files -g '\''*.md'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_rules() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar _regel=('KF.4I6' 'KF.FOERSTE.FYSISK' 'KF.FORM' 'KF.EFTER6' 'KF.FAELLES' 'KF.FAELLES.16' 'KF.FOERSTE.1U' 'KF.SYG.UGE8' 'KF.SYG.FOERSTE' 'UH.VISITATION' 'UH.PAALAEG' 'UH.PAALAEG.OPFOELG' 'UH.PAALAEG.FRIST' 'UH.LSR' 'UH.225.VEJL' 'UH.KOORD' 'UH.UDDMAAL' 'UH.OPSTART' 'UH.FRAFALD' 'KA.KOORD' 'TB.RETPLIGT' 'TB.VO.IKKE.RP' 'TB.AKTIV12' 'TB.FORMAAL' 'TB.PRAKTIK.FORMAAL' 'TB.OPFOELG' 'TB.PASSIV' 'PL.FINDES' 'PL.JOBMAAL' 'PL.DELMAAL' 'PL.AFTALER' 'PL.ROED.TRAAD' 'PL.STATUS' 'PL.CV' 'RD.VEJL' 'RD.UDEBLIV' 'RD.AP.KONTAKT' 'RD.40A' 'RD.40A.GODKEND' 'TT.UNDTAG' 'IN.KATEGORI' 'IN.TILBUD1' 'IN.PAUSE6U' 'IN.DANSK' 'FJ.REHAB' 'FJ.ARBEJDSEVNE' 'FJ.TIMER' 'FJ.PROGRESSION' 'KF.UH.UP.2I3' 'KF.UH.AP.2MD' 'KF.KH.AP.4I12' 'TB.UH.1MD' 'PL.CV.AAUP' 'KF.SELVBOOK')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':regel:{__jobsag_complete "${_regel[@]}"}'
        '--json[Skriv reglerne med kilder som JSON.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_validate() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--json[Skriv problemerne som JSON.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_export() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--csv[Filen, der skal skrives (- for standard output).]:fil:_files -g '\''*.csv'\'''
        '--with-cpr[Hele CPR-numre i stedet for skjulte (noteres i loggen).]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_import() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--csv[CSV-filen (UTF-8, semikolon; - for standard input).]:fil:_files -g '\''*.csv'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_backup() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':fil:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_restore() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':fil:_files'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_review() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'start:Træk en stikprøve af sager (lagdelt efter målgruppe og sagsbehandler) og gem runden.'
            'list:Vis stikprøverunderne med fremdrift (gennemgået / tilbage).'
            'report:Skriv rundens rapport: Markdown på skærmen eller i en fil (--md), og/eller CSV til regneark (--csv).'
            'access:Gennemgå adgangsloggen: hvem har åbnet en sag (--case), eller en stikprøve af opslag (--sample).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        start|list|report|access)
            "_jobsag_review_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_jobsag_review_start() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--from[Periodens første dag (fx 01.07.2026 eller 2026-07-01).]:dato:'
        '--to[Periodens sidste dag.]:dato:'
        '--size[Antal sager i stikprøven, fra 1 til 10000 (standard 15).]:antal:'
        '--seed[Startværdi for lodtrækningen (et helt tal fra 0); samme værdi giver samme stikprøve (standard\: tilfældig, udskrives).]:tal:'
        '--no-strata-group[Lagdel ikke efter målgruppe.]'
        '--no-strata-caseworker[Lagdel ikke efter sagsbehandler.]'
        '--title[Rundens titel.]:titel:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_review_list() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--json[Skriv runderne som JSON.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_review_report() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':runde:{__jobsag_custom_complete ---completion review report -- positional@0 "${current_word_index}" "$(__jobsag_cursor_index_in_current_word)"}'
        '--md[Skriv Markdown-rapporten til denne fil.]:fil:_files -g '\''*.md'\'''
        '--csv[Skriv CSV-rapporten i denne mappe\: én fil pr. tabel (UTF-8 med BOM, semikolon, decimalkomma).]:mappe:_files -/'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_review_access() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--json[Skriv opslagene som JSON.]'
        '--case[Sagens nummer\: vis hvem der har åbnet den og hvornår.]:sag:{__jobsag_custom_complete ---completion review access -- --case "${current_word_index}" "$(__jobsag_cursor_index_in_current_word)"}'
        '--sample[Træk så mange opslag tilfældigt fra loggen, fra 1 til 100000.]:antal:'
        '--seed[Startværdi for lodtrækningen, et helt tal fra 0 (standard\: tilfældig, udskrives).]:tal:'
        '--from[Kun opslag fra denne dag.]:dato:'
        '--to[Kun opslag til og med denne dag.]:dato:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_audit() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'verify:Kontrollér revisionsloggens hash-kæde (SHA-256) og vis den første linje, der er ændret, indsat eller fjernet.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        verify)
            "_jobsag_audit_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_jobsag_audit_verify() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_db() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'init:Opret Jobsags tabeller og roller i en tom database.'
            'migrate:Bring databasens skema op til denne versions (skridt for skridt; intet, når det er aktuelt).'
            'import:Indlæs en datamappe (sager, brugere, adgangslog, stikprøverunder) i en tom database, alt eller intet.'
            'export:Udlæs hele databasen som en ny datamappe (til arkiv, fejlsøgning eller en bærbar uden net).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        init|migrate|import|export)
            "_jobsag_db_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_jobsag_db_init() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_db_migrate() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_db_import() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--from[Datamappen, der skal indlæses.]:mappe:_files -/'
        '--skip-bad[Spring det over, der ikke kan læses, i stedet for at stoppe.]'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_db_export() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--to[En ny eller tom mappe.]:mappe:_files -/'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_config() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'check:Kontrollér indstillingsfilen: hver ukendt nøgle, forkert type og tastekonflikt med linje og kolonne.'
            'show:Vis de indstillinger, der gælder, og hvor hver kommer fra (standard, filen, miljøet, et tilvalg).'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        check|show)
            "_jobsag_config_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_jobsag_config_check() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_config_show() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_init() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar ___role=('sagsbehandler' 'teamleder' 'faglig-konsulent')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--initials[Dine initialer (1-8 bogstaver eller tal).]:initialer:'
        '--name[Dit navn.]:navn:'
        '--role[Din rolle\: sagsbehandler, teamleder eller faglig-konsulent.]:rolle:{__jobsag_complete "${___role[@]}"}'
        '--team[Dit team.]:team:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_caseworker() {
    local -i ret=1
    local -ar arg_specs=(
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
        '(-): :->command'
        '(-)*:: :->arg'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0
    case "${state}" in
    command)
        local -ar subcommands=(
            'list:Vis medarbejderne: initialer, navn, rolle, team og login.'
            'add:Tilføj en medarbejder.'
            'set:Ændr en medarbejders navn, rolle, team eller login.'
        )
        _describe -V subcommand subcommands && ret=0
        ;;
    arg)
        case "${words[1]}" in
        list|add|set)
            "_jobsag_caseworker_${words[1]}" && ret=0
            ;;
        esac
        ;;
    esac

    return "${ret}"
}

_jobsag_caseworker_list() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_caseworker_add() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar ___role=('sagsbehandler' 'teamleder' 'faglig-konsulent')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':initialer:'
        '--name[Navnet.]:navn:'
        '--role[Rollen\: sagsbehandler, teamleder eller faglig-konsulent.]:rolle:{__jobsag_complete "${___role[@]}"}'
        '--team[Teamet.]:team:'
        '--login[Login på maskinen (eller databasens rolle), som er denne medarbejder.]:login:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_caseworker_set() {
    local -i ret=1
    local -ar ___lang=('da' 'en')
    local -ar ___role=('sagsbehandler' 'teamleder' 'faglig-konsulent')
    local -ar arg_specs=(
        '--data[Datamappen; en relativ sti regnes fra den aktuelle mappe (standard\: $JOBSAG_DATA, ellers data i indstillingsfilen, ellers $XDG_DATA_HOME/jobsag, ellers ~/.local/share/jobsag).]:mappe:_files -/'
        '--database[Jobcentrets PostgreSQL-database i stedet for en datamappe, fx postgresql\:///jobsag?host=/var/run/postgresql (standard\: $JOBSAG_DATABASE_URL, ellers database i indstillingsfilen).]:url:'
        '--user[Hvem du er i demo-data (standard\: $JOBSAG_USER, ellers login-navnet); ellers er du den medarbejder, dit login hører til.]:initialer:'
        '--as-of[Vis og vurdér som på en anden dag (fx 2025-11-23, 23.11.2025 eller -30).]:dato:'
        '--no-color[Ingen farver (også når NO_COLOR er sat).]'
        '--lang[Sprog\: da eller en (standard\: language i indstillingsfilen, ellers en når LANG er engelsk, ellers da).]:sprog:{__jobsag_complete "${___lang[@]}"}'
        '--config[Indstillingsfilen (standard\: $XDG_CONFIG_HOME/jobsag/config.toml, ellers ~/.config/jobsag/config.toml).]:fil:_files -g '\''*.toml'\'''
        ':initialer:'
        '--name[Det nye navn.]:navn:'
        '--role[Den nye rolle.]:rolle:{__jobsag_complete "${___role[@]}"}'
        '--team[Det nye team.]:team:'
        '--login[Login på maskinen (eller databasens rolle), som er denne medarbejder.]:login:'
        '--version[Show the version.]'
        '(-h --help)'{-h,--help}'[Show help information.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

_jobsag_help() {
    local -i ret=1
    local -ar arg_specs=(
        '*:subcommands:'
        '--version[Show the version.]'
    )
    _arguments -w -s -S : "${arg_specs[@]}" && ret=0

    return "${ret}"
}

if [[ "${funcstack[1]}" = _jobsag ]]; then
    _jobsag "${@}"
else
    compdef _jobsag jobsag
fi
