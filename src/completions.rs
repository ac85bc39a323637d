//! Completion scripts: clap's, plus a hook that offers the accounts of the
//! config file wherever a provider goes (asked of `tok accounts --names` at
//! completion time, so the committed scripts never go stale with the file).

use clap_complete::Shell;

/// The shell code appended to clap's script (empty for shells without one).
pub fn accounts_hook(shell: Shell) -> &'static str {
    match shell {
        Shell::Bash => BASH,
        Shell::Zsh => ZSH,
        Shell::Fish => FISH,
        _ => "",
    }
}

const BASH: &str = r#"
# tok: config-file accounts where a provider goes
_tok_accounts() {
    _tok "$@"
    local word
    for word in "${COMP_WORDS[@]:1:COMP_CWORD-1}"; do
        case "$word" in
            get|curl|exec|login|logout|clear|git-credential|watch)
                if [[ "${COMP_WORDS[COMP_CWORD-1]}" == "$word" ]]; then
                    local accounts
                    accounts=$(tok accounts --names 2>/dev/null)
                    COMPREPLY+=($(compgen -W "$accounts" -- "${COMP_WORDS[COMP_CWORD]}"))
                fi
                return 0 ;;
        esac
    done
}
complete -F _tok_accounts -o bashdefault -o default tok
"#;

const ZSH: &str = r#"
# tok: config-file accounts where a provider goes
_tok_accounts() {
    if (( CURRENT == 3 )) && [[ ${words[2]} == (get|curl|exec|login|logout|git-credential|watch) ]]; then
        local -a accounts
        accounts=(${(f)"$(tok accounts --names 2>/dev/null)"})
        (( ${#accounts} )) && compadd -X 'accounts' -a accounts
    fi
    _tok "$@"
}
(( $+functions[compdef] )) && compdef _tok_accounts tok
"#;

const FISH: &str = r#"
# tok: config-file accounts where a provider goes
complete -c tok -n "__fish_seen_subcommand_from get curl exec login logout git-credential watch; and test (count (commandline -opc)) -eq 2" -f -a "(tok accounts --names 2>/dev/null)" -d account
"#;
