#!/bin/bash

__jobsag_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__jobsag_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__jobsag_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__jobsag_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_jobsag() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=()
    __jobsag_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    open|demo|check|reminders|search|plan|rules|validate|export|import|backup|restore|review|audit|db|config|init|caseworker|help)
        # Offer subcommand argument completions
        "_jobsag_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'open demo check reminders search plan rules validate export import backup restore review audit db config init caseworker help' -- "${cur}"))
        ;;
    esac
}

_jobsag_open() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_demo() {
    repeating_flags=()
    non_repeating_flags=(--no-color --new --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --cases --seed)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--cases')
        return
        ;;
    '--seed')
        return
        ;;
    esac
}

_jobsag_check() {
    repeating_flags=()
    non_repeating_flags=(--no-color --json --with-names --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_reminders() {
    repeating_flags=()
    non_repeating_flags=(--no-color --with-names --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --ics)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--ics')
        __jobsag_add_completions -o plusdirs -fX '!*.@(ics)'
        return
        ;;
    esac
}

_jobsag_search() {
    repeating_flags=()
    non_repeating_flags=(--no-color --json --with-names --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_plan() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --html --md)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--html')
        __jobsag_add_completions -o plusdirs -fX '!*.@(html)'
        return
        ;;
    '--md')
        __jobsag_add_completions -o plusdirs -fX '!*.@(md)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __jobsag_add_completions -W "$(__jobsag_custom_complete ---completion plan -- positional@0 "${COMP_CWORD}" "$(__jobsag_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_jobsag_rules() {
    repeating_flags=()
    non_repeating_flags=(--no-color --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __jobsag_add_completions -W 'KF.4I6'$'\n''KF.FOERSTE.FYSISK'$'\n''KF.FORM'$'\n''KF.EFTER6'$'\n''KF.FAELLES'$'\n''KF.FAELLES.16'$'\n''KF.FOERSTE.1U'$'\n''KF.SYG.UGE8'$'\n''KF.SYG.FOERSTE'$'\n''UH.VISITATION'$'\n''UH.PAALAEG'$'\n''UH.PAALAEG.OPFOELG'$'\n''UH.PAALAEG.FRIST'$'\n''UH.LSR'$'\n''UH.225.VEJL'$'\n''UH.KOORD'$'\n''UH.UDDMAAL'$'\n''UH.OPSTART'$'\n''UH.FRAFALD'$'\n''KA.KOORD'$'\n''TB.RETPLIGT'$'\n''TB.VO.IKKE.RP'$'\n''TB.AKTIV12'$'\n''TB.FORMAAL'$'\n''TB.PRAKTIK.FORMAAL'$'\n''TB.OPFOELG'$'\n''TB.PASSIV'$'\n''PL.FINDES'$'\n''PL.JOBMAAL'$'\n''PL.DELMAAL'$'\n''PL.AFTALER'$'\n''PL.ROED.TRAAD'$'\n''PL.STATUS'$'\n''PL.CV'$'\n''RD.VEJL'$'\n''RD.UDEBLIV'$'\n''RD.AP.KONTAKT'$'\n''RD.40A'$'\n''RD.40A.GODKEND'$'\n''TT.UNDTAG'$'\n''IN.KATEGORI'$'\n''IN.TILBUD1'$'\n''IN.PAUSE6U'$'\n''IN.DANSK'$'\n''FJ.REHAB'$'\n''FJ.ARBEJDSEVNE'$'\n''FJ.TIMER'$'\n''FJ.PROGRESSION'$'\n''KF.UH.UP.2I3'$'\n''KF.UH.AP.2MD'$'\n''KF.KH.AP.4I12'$'\n''TB.UH.1MD'$'\n''PL.CV.AAUP'$'\n''KF.SELVBOOK'
        return
        ;;
    esac
}

_jobsag_validate() {
    repeating_flags=()
    non_repeating_flags=(--no-color --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_export() {
    repeating_flags=()
    non_repeating_flags=(--no-color --with-cpr --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --csv)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--csv')
        __jobsag_add_completions -o plusdirs -fX '!*.@(csv)'
        return
        ;;
    esac
}

_jobsag_import() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --csv)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--csv')
        __jobsag_add_completions -o plusdirs -fX '!*.@(csv)'
        return
        ;;
    esac
}

_jobsag_backup() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __jobsag_add_completions -f
        return
        ;;
    esac
}

_jobsag_restore() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __jobsag_add_completions -f
        return
        ;;
    esac
}

_jobsag_review() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __jobsag_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    start|list|report|access)
        # Offer subcommand argument completions
        "_jobsag_review_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'start list report access' -- "${cur}"))
        ;;
    esac
}

_jobsag_review_start() {
    repeating_flags=()
    non_repeating_flags=(--no-color --no-strata-group --no-strata-caseworker --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --from --to --size --seed --title)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    '--size')
        return
        ;;
    '--seed')
        return
        ;;
    '--title')
        return
        ;;
    esac
}

_jobsag_review_list() {
    repeating_flags=()
    non_repeating_flags=(--no-color --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_review_report() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --md --csv)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--md')
        __jobsag_add_completions -o plusdirs -fX '!*.@(md)'
        return
        ;;
    '--csv')
        __jobsag_add_completions -d
        return
        ;;
    esac

    # Offer positional completions
    case "${positional_number}" in
    1)
        __jobsag_add_completions -W "$(__jobsag_custom_complete ---completion review report -- positional@0 "${COMP_CWORD}" "$(__jobsag_cursor_index_in_current_word)")"
        return
        ;;
    esac
}

_jobsag_review_access() {
    repeating_flags=()
    non_repeating_flags=(--no-color --json --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --case --sample --seed --from --to)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--case')
        __jobsag_add_completions -W "$(__jobsag_custom_complete ---completion review access -- --case "${COMP_CWORD}" "$(__jobsag_cursor_index_in_current_word)")"
        return
        ;;
    '--sample')
        return
        ;;
    '--seed')
        return
        ;;
    '--from')
        return
        ;;
    '--to')
        return
        ;;
    esac
}

_jobsag_audit() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __jobsag_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    verify)
        # Offer subcommand argument completions
        "_jobsag_audit_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'verify' -- "${cur}"))
        ;;
    esac
}

_jobsag_audit_verify() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_db() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __jobsag_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    init|migrate|import|export)
        # Offer subcommand argument completions
        "_jobsag_db_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'init migrate import export' -- "${cur}"))
        ;;
    esac
}

_jobsag_db_init() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_db_migrate() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_db_import() {
    repeating_flags=()
    non_repeating_flags=(--no-color --skip-bad --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --from)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--from')
        __jobsag_add_completions -d
        return
        ;;
    esac
}

_jobsag_db_export() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --to)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--to')
        __jobsag_add_completions -d
        return
        ;;
    esac
}

_jobsag_config() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __jobsag_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    check|show)
        # Offer subcommand argument completions
        "_jobsag_config_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'check show' -- "${cur}"))
        ;;
    esac
}

_jobsag_config_check() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_config_show() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_init() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --initials --name --role --team)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--initials')
        return
        ;;
    '--name')
        return
        ;;
    '--role')
        __jobsag_add_completions -W 'sagsbehandler'$'\n''teamleder'$'\n''faglig-konsulent'
        return
        ;;
    '--team')
        return
        ;;
    esac
}

_jobsag_caseworker() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __jobsag_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    list|add|set)
        # Offer subcommand argument completions
        "_jobsag_caseworker_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'list add set' -- "${cur}"))
        ;;
    esac
}

_jobsag_caseworker_list() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config)
    __jobsag_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    esac
}

_jobsag_caseworker_add() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --name --role --team --login)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--name')
        return
        ;;
    '--role')
        __jobsag_add_completions -W 'sagsbehandler'$'\n''teamleder'$'\n''faglig-konsulent'
        return
        ;;
    '--team')
        return
        ;;
    '--login')
        return
        ;;
    esac
}

_jobsag_caseworker_set() {
    repeating_flags=()
    non_repeating_flags=(--no-color --version -h --help)
    repeating_options=()
    non_repeating_options=(--data --database --user --as-of --lang --config --name --role --team --login)
    __jobsag_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--data')
        __jobsag_add_completions -d
        return
        ;;
    '--database')
        return
        ;;
    '--user')
        return
        ;;
    '--as-of')
        return
        ;;
    '--lang')
        __jobsag_add_completions -W 'da'$'\n''en'
        return
        ;;
    '--config')
        __jobsag_add_completions -o plusdirs -fX '!*.@(toml)'
        return
        ;;
    '--name')
        return
        ;;
    '--role')
        __jobsag_add_completions -W 'sagsbehandler'$'\n''teamleder'$'\n''faglig-konsulent'
        return
        ;;
    '--team')
        return
        ;;
    '--login')
        return
        ;;
    esac
}

_jobsag_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __jobsag_offer_flags_options -1
}

complete -o filenames -F _jobsag jobsag
