_tok() {
    local i cur prev opts cmd
    COMPREPLY=()
    if [[ "${BASH_VERSINFO[0]}" -ge 4 ]]; then
        cur="$2"
    else
        cur="${COMP_WORDS[COMP_CWORD]}"
    fi
    prev="$3"
    cmd=""
    opts=""

    for i in "${COMP_WORDS[@]:0:COMP_CWORD}"
    do
        case "${cmd},${i}" in
            ",$1")
                cmd="tok"
                ;;
            tok,accounts)
                cmd="tok__subcmd__accounts"
                ;;
            tok,cache)
                cmd="tok__subcmd__cache"
                ;;
            tok,completions)
                cmd="tok__subcmd__completions"
                ;;
            tok,curl)
                cmd="tok__subcmd__curl"
                ;;
            tok,exec)
                cmd="tok__subcmd__exec"
                ;;
            tok,get)
                cmd="tok__subcmd__get"
                ;;
            tok,git-credential)
                cmd="tok__subcmd__git__subcmd__credential"
                ;;
            tok,help)
                cmd="tok__subcmd__help"
                ;;
            tok,inspect)
                cmd="tok__subcmd__inspect"
                ;;
            tok,install-helpers)
                cmd="tok__subcmd__install__subcmd__helpers"
                ;;
            tok,login)
                cmd="tok__subcmd__login"
                ;;
            tok,logout)
                cmd="tok__subcmd__logout"
                ;;
            tok,watch)
                cmd="tok__subcmd__watch"
                ;;
            tok__subcmd__cache,clear)
                cmd="tok__subcmd__cache__subcmd__clear"
                ;;
            tok__subcmd__cache,help)
                cmd="tok__subcmd__cache__subcmd__help"
                ;;
            tok__subcmd__cache,keygen)
                cmd="tok__subcmd__cache__subcmd__keygen"
                ;;
            tok__subcmd__cache,list)
                cmd="tok__subcmd__cache__subcmd__list"
                ;;
            tok__subcmd__cache,status)
                cmd="tok__subcmd__cache__subcmd__status"
                ;;
            tok__subcmd__cache__subcmd__help,clear)
                cmd="tok__subcmd__cache__subcmd__help__subcmd__clear"
                ;;
            tok__subcmd__cache__subcmd__help,help)
                cmd="tok__subcmd__cache__subcmd__help__subcmd__help"
                ;;
            tok__subcmd__cache__subcmd__help,keygen)
                cmd="tok__subcmd__cache__subcmd__help__subcmd__keygen"
                ;;
            tok__subcmd__cache__subcmd__help,list)
                cmd="tok__subcmd__cache__subcmd__help__subcmd__list"
                ;;
            tok__subcmd__cache__subcmd__help,status)
                cmd="tok__subcmd__cache__subcmd__help__subcmd__status"
                ;;
            tok__subcmd__curl,authapi)
                cmd="tok__subcmd__curl__subcmd__authapi"
                ;;
            tok__subcmd__curl,crayon)
                cmd="tok__subcmd__curl__subcmd__crayon"
                ;;
            tok__subcmd__curl,elfsquad)
                cmd="tok__subcmd__curl__subcmd__elfsquad"
                ;;
            tok__subcmd__curl,envoy)
                cmd="tok__subcmd__curl__subcmd__envoy"
                ;;
            tok__subcmd__curl,oauth2)
                cmd="tok__subcmd__curl__subcmd__oauth2"
                ;;
            tok__subcmd__exec,authapi)
                cmd="tok__subcmd__exec__subcmd__authapi"
                ;;
            tok__subcmd__exec,crayon)
                cmd="tok__subcmd__exec__subcmd__crayon"
                ;;
            tok__subcmd__exec,elfsquad)
                cmd="tok__subcmd__exec__subcmd__elfsquad"
                ;;
            tok__subcmd__exec,envoy)
                cmd="tok__subcmd__exec__subcmd__envoy"
                ;;
            tok__subcmd__exec,oauth2)
                cmd="tok__subcmd__exec__subcmd__oauth2"
                ;;
            tok__subcmd__get,authapi)
                cmd="tok__subcmd__get__subcmd__authapi"
                ;;
            tok__subcmd__get,crayon)
                cmd="tok__subcmd__get__subcmd__crayon"
                ;;
            tok__subcmd__get,elfsquad)
                cmd="tok__subcmd__get__subcmd__elfsquad"
                ;;
            tok__subcmd__get,envoy)
                cmd="tok__subcmd__get__subcmd__envoy"
                ;;
            tok__subcmd__get,oauth2)
                cmd="tok__subcmd__get__subcmd__oauth2"
                ;;
            tok__subcmd__git__subcmd__credential,authapi)
                cmd="tok__subcmd__git__subcmd__credential__subcmd__authapi"
                ;;
            tok__subcmd__git__subcmd__credential,crayon)
                cmd="tok__subcmd__git__subcmd__credential__subcmd__crayon"
                ;;
            tok__subcmd__git__subcmd__credential,elfsquad)
                cmd="tok__subcmd__git__subcmd__credential__subcmd__elfsquad"
                ;;
            tok__subcmd__git__subcmd__credential,envoy)
                cmd="tok__subcmd__git__subcmd__credential__subcmd__envoy"
                ;;
            tok__subcmd__git__subcmd__credential,oauth2)
                cmd="tok__subcmd__git__subcmd__credential__subcmd__oauth2"
                ;;
            tok__subcmd__help,accounts)
                cmd="tok__subcmd__help__subcmd__accounts"
                ;;
            tok__subcmd__help,cache)
                cmd="tok__subcmd__help__subcmd__cache"
                ;;
            tok__subcmd__help,completions)
                cmd="tok__subcmd__help__subcmd__completions"
                ;;
            tok__subcmd__help,curl)
                cmd="tok__subcmd__help__subcmd__curl"
                ;;
            tok__subcmd__help,exec)
                cmd="tok__subcmd__help__subcmd__exec"
                ;;
            tok__subcmd__help,get)
                cmd="tok__subcmd__help__subcmd__get"
                ;;
            tok__subcmd__help,git-credential)
                cmd="tok__subcmd__help__subcmd__git__subcmd__credential"
                ;;
            tok__subcmd__help,help)
                cmd="tok__subcmd__help__subcmd__help"
                ;;
            tok__subcmd__help,inspect)
                cmd="tok__subcmd__help__subcmd__inspect"
                ;;
            tok__subcmd__help,install-helpers)
                cmd="tok__subcmd__help__subcmd__install__subcmd__helpers"
                ;;
            tok__subcmd__help,login)
                cmd="tok__subcmd__help__subcmd__login"
                ;;
            tok__subcmd__help,logout)
                cmd="tok__subcmd__help__subcmd__logout"
                ;;
            tok__subcmd__help,watch)
                cmd="tok__subcmd__help__subcmd__watch"
                ;;
            tok__subcmd__help__subcmd__cache,clear)
                cmd="tok__subcmd__help__subcmd__cache__subcmd__clear"
                ;;
            tok__subcmd__help__subcmd__cache,keygen)
                cmd="tok__subcmd__help__subcmd__cache__subcmd__keygen"
                ;;
            tok__subcmd__help__subcmd__cache,list)
                cmd="tok__subcmd__help__subcmd__cache__subcmd__list"
                ;;
            tok__subcmd__help__subcmd__cache,status)
                cmd="tok__subcmd__help__subcmd__cache__subcmd__status"
                ;;
            tok__subcmd__help__subcmd__curl,authapi)
                cmd="tok__subcmd__help__subcmd__curl__subcmd__authapi"
                ;;
            tok__subcmd__help__subcmd__curl,crayon)
                cmd="tok__subcmd__help__subcmd__curl__subcmd__crayon"
                ;;
            tok__subcmd__help__subcmd__curl,elfsquad)
                cmd="tok__subcmd__help__subcmd__curl__subcmd__elfsquad"
                ;;
            tok__subcmd__help__subcmd__curl,envoy)
                cmd="tok__subcmd__help__subcmd__curl__subcmd__envoy"
                ;;
            tok__subcmd__help__subcmd__curl,oauth2)
                cmd="tok__subcmd__help__subcmd__curl__subcmd__oauth2"
                ;;
            tok__subcmd__help__subcmd__exec,authapi)
                cmd="tok__subcmd__help__subcmd__exec__subcmd__authapi"
                ;;
            tok__subcmd__help__subcmd__exec,crayon)
                cmd="tok__subcmd__help__subcmd__exec__subcmd__crayon"
                ;;
            tok__subcmd__help__subcmd__exec,elfsquad)
                cmd="tok__subcmd__help__subcmd__exec__subcmd__elfsquad"
                ;;
            tok__subcmd__help__subcmd__exec,envoy)
                cmd="tok__subcmd__help__subcmd__exec__subcmd__envoy"
                ;;
            tok__subcmd__help__subcmd__exec,oauth2)
                cmd="tok__subcmd__help__subcmd__exec__subcmd__oauth2"
                ;;
            tok__subcmd__help__subcmd__get,authapi)
                cmd="tok__subcmd__help__subcmd__get__subcmd__authapi"
                ;;
            tok__subcmd__help__subcmd__get,crayon)
                cmd="tok__subcmd__help__subcmd__get__subcmd__crayon"
                ;;
            tok__subcmd__help__subcmd__get,elfsquad)
                cmd="tok__subcmd__help__subcmd__get__subcmd__elfsquad"
                ;;
            tok__subcmd__help__subcmd__get,envoy)
                cmd="tok__subcmd__help__subcmd__get__subcmd__envoy"
                ;;
            tok__subcmd__help__subcmd__get,oauth2)
                cmd="tok__subcmd__help__subcmd__get__subcmd__oauth2"
                ;;
            tok__subcmd__help__subcmd__git__subcmd__credential,authapi)
                cmd="tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__authapi"
                ;;
            tok__subcmd__help__subcmd__git__subcmd__credential,crayon)
                cmd="tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__crayon"
                ;;
            tok__subcmd__help__subcmd__git__subcmd__credential,elfsquad)
                cmd="tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__elfsquad"
                ;;
            tok__subcmd__help__subcmd__git__subcmd__credential,envoy)
                cmd="tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__envoy"
                ;;
            tok__subcmd__help__subcmd__git__subcmd__credential,oauth2)
                cmd="tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__oauth2"
                ;;
            tok__subcmd__help__subcmd__login,authapi)
                cmd="tok__subcmd__help__subcmd__login__subcmd__authapi"
                ;;
            tok__subcmd__help__subcmd__login,crayon)
                cmd="tok__subcmd__help__subcmd__login__subcmd__crayon"
                ;;
            tok__subcmd__help__subcmd__login,elfsquad)
                cmd="tok__subcmd__help__subcmd__login__subcmd__elfsquad"
                ;;
            tok__subcmd__help__subcmd__login,envoy)
                cmd="tok__subcmd__help__subcmd__login__subcmd__envoy"
                ;;
            tok__subcmd__help__subcmd__login,oauth2)
                cmd="tok__subcmd__help__subcmd__login__subcmd__oauth2"
                ;;
            tok__subcmd__help__subcmd__logout,authapi)
                cmd="tok__subcmd__help__subcmd__logout__subcmd__authapi"
                ;;
            tok__subcmd__help__subcmd__logout,crayon)
                cmd="tok__subcmd__help__subcmd__logout__subcmd__crayon"
                ;;
            tok__subcmd__help__subcmd__logout,elfsquad)
                cmd="tok__subcmd__help__subcmd__logout__subcmd__elfsquad"
                ;;
            tok__subcmd__help__subcmd__logout,envoy)
                cmd="tok__subcmd__help__subcmd__logout__subcmd__envoy"
                ;;
            tok__subcmd__help__subcmd__logout,oauth2)
                cmd="tok__subcmd__help__subcmd__logout__subcmd__oauth2"
                ;;
            tok__subcmd__help__subcmd__watch,authapi)
                cmd="tok__subcmd__help__subcmd__watch__subcmd__authapi"
                ;;
            tok__subcmd__help__subcmd__watch,crayon)
                cmd="tok__subcmd__help__subcmd__watch__subcmd__crayon"
                ;;
            tok__subcmd__help__subcmd__watch,elfsquad)
                cmd="tok__subcmd__help__subcmd__watch__subcmd__elfsquad"
                ;;
            tok__subcmd__help__subcmd__watch,envoy)
                cmd="tok__subcmd__help__subcmd__watch__subcmd__envoy"
                ;;
            tok__subcmd__help__subcmd__watch,oauth2)
                cmd="tok__subcmd__help__subcmd__watch__subcmd__oauth2"
                ;;
            tok__subcmd__login,authapi)
                cmd="tok__subcmd__login__subcmd__authapi"
                ;;
            tok__subcmd__login,crayon)
                cmd="tok__subcmd__login__subcmd__crayon"
                ;;
            tok__subcmd__login,elfsquad)
                cmd="tok__subcmd__login__subcmd__elfsquad"
                ;;
            tok__subcmd__login,envoy)
                cmd="tok__subcmd__login__subcmd__envoy"
                ;;
            tok__subcmd__login,oauth2)
                cmd="tok__subcmd__login__subcmd__oauth2"
                ;;
            tok__subcmd__logout,authapi)
                cmd="tok__subcmd__logout__subcmd__authapi"
                ;;
            tok__subcmd__logout,crayon)
                cmd="tok__subcmd__logout__subcmd__crayon"
                ;;
            tok__subcmd__logout,elfsquad)
                cmd="tok__subcmd__logout__subcmd__elfsquad"
                ;;
            tok__subcmd__logout,envoy)
                cmd="tok__subcmd__logout__subcmd__envoy"
                ;;
            tok__subcmd__logout,oauth2)
                cmd="tok__subcmd__logout__subcmd__oauth2"
                ;;
            tok__subcmd__watch,authapi)
                cmd="tok__subcmd__watch__subcmd__authapi"
                ;;
            tok__subcmd__watch,crayon)
                cmd="tok__subcmd__watch__subcmd__crayon"
                ;;
            tok__subcmd__watch,elfsquad)
                cmd="tok__subcmd__watch__subcmd__elfsquad"
                ;;
            tok__subcmd__watch,envoy)
                cmd="tok__subcmd__watch__subcmd__envoy"
                ;;
            tok__subcmd__watch,oauth2)
                cmd="tok__subcmd__watch__subcmd__oauth2"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        tok)
            opts="-q -h -V --config --quiet --help --version get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__accounts)
            opts="-q -h --json --names --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache)
            opts="-q -h --config --quiet --help list clear status keygen help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__clear)
            opts="-v -q -h --profile --shared --cache-url --ca-cert --timeout --verbose --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__help)
            opts="list clear status keygen help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__help__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__help__subcmd__keygen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__help__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__help__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__keygen)
            opts="-q -h --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__list)
            opts="-v -q -h --json --shared --cache-url --ca-cert --timeout --verbose --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__cache__subcmd__status)
            opts="-v -q -h --json --cache-url --ca-cert --timeout --verbose --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__completions)
            opts="-q -h --config --quiet --help bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__curl)
            opts="-v -q -h --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --no-retry --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__curl__subcmd__authapi)
            opts="-v -q -h --username --password --base-url --staging --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --no-retry --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__curl__subcmd__crayon)
            opts="-v -q -h --client-id --client-secret --username --password --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --no-retry --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__curl__subcmd__elfsquad)
            opts="-v -q -h --client-id --client-secret --token-url --legacy-url --scope --legacy --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --no-retry --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legacy-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__curl__subcmd__envoy)
            opts="-v -q -h --client-id --client-secret --username --password --api-key --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --no-retry --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__curl__subcmd__oauth2)
            opts="-v -q -h --token-url --issuer --grant --client-auth --client-assertion-key --client-assertion-alg --client-assertion-kid --client-assertion-aud --client-cert --client-key --client-id --client-secret --username --password --refresh-token --scope --audience --resource --assertion --assertion-file --assertion-from --assertion-key --assertion-key-pem --assertion-iss --assertion-sub --assertion-aud --assertion-alg --assertion-kid --key-file --subject-token --subject-token-file --subject-token-from --subject-token-type --actor-token --actor-token-file --actor-token-type --requested-token-type --param --device-url --authorization-url --revocation-url --redirect-port --login-timeout --no-browser --manual --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --no-retry --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grant)
                    COMPREPLY=($(compgen -W "client_credentials password refresh_token device_code authorization_code jwt-bearer token-exchange" -- "${cur}"))
                    return 0
                    ;;
                --client-auth)
                    COMPREPLY=($(compgen -W "basic body client_secret_jwt private_key_jwt tls_client_auth none" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key-pem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-iss)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requested-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --revocation-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__exec)
            opts="-v -q -h --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --env --keep-fresh --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__exec__subcmd__authapi)
            opts="-v -q -h --username --password --base-url --staging --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --env --keep-fresh --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__exec__subcmd__crayon)
            opts="-v -q -h --client-id --client-secret --username --password --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --env --keep-fresh --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__exec__subcmd__elfsquad)
            opts="-v -q -h --client-id --client-secret --token-url --legacy-url --scope --legacy --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --env --keep-fresh --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legacy-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__exec__subcmd__envoy)
            opts="-v -q -h --client-id --client-secret --username --password --api-key --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --env --keep-fresh --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__exec__subcmd__oauth2)
            opts="-v -q -h --token-url --issuer --grant --client-auth --client-assertion-key --client-assertion-alg --client-assertion-kid --client-assertion-aud --client-cert --client-key --client-id --client-secret --username --password --refresh-token --scope --audience --resource --assertion --assertion-file --assertion-from --assertion-key --assertion-key-pem --assertion-iss --assertion-sub --assertion-aud --assertion-alg --assertion-kid --key-file --subject-token --subject-token-file --subject-token-from --subject-token-type --actor-token --actor-token-file --actor-token-type --requested-token-type --param --device-url --authorization-url --revocation-url --redirect-port --login-timeout --no-browser --manual --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --env --keep-fresh --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grant)
                    COMPREPLY=($(compgen -W "client_credentials password refresh_token device_code authorization_code jwt-bearer token-exchange" -- "${cur}"))
                    return 0
                    ;;
                --client-auth)
                    COMPREPLY=($(compgen -W "basic body client_secret_jwt private_key_jwt tls_client_auth none" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key-pem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-iss)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requested-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --revocation-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --env)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__get)
            opts="-v -f -q -h --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__get__subcmd__authapi)
            opts="-v -f -q -h --username --password --base-url --staging --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__get__subcmd__crayon)
            opts="-v -f -q -h --client-id --client-secret --username --password --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__get__subcmd__elfsquad)
            opts="-v -f -q -h --client-id --client-secret --token-url --legacy-url --scope --legacy --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legacy-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__get__subcmd__envoy)
            opts="-v -f -q -h --client-id --client-secret --username --password --api-key --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__get__subcmd__oauth2)
            opts="-v -f -q -h --token-url --issuer --grant --client-auth --client-assertion-key --client-assertion-alg --client-assertion-kid --client-assertion-aud --client-cert --client-key --client-id --client-secret --username --password --refresh-token --scope --audience --resource --assertion --assertion-file --assertion-from --assertion-key --assertion-key-pem --assertion-iss --assertion-sub --assertion-aud --assertion-alg --assertion-kid --key-file --subject-token --subject-token-file --subject-token-from --subject-token-type --actor-token --actor-token-file --actor-token-type --requested-token-type --param --device-url --authorization-url --revocation-url --redirect-port --login-timeout --no-browser --manual --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grant)
                    COMPREPLY=($(compgen -W "client_credentials password refresh_token device_code authorization_code jwt-bearer token-exchange" -- "${cur}"))
                    return 0
                    ;;
                --client-auth)
                    COMPREPLY=($(compgen -W "basic body client_secret_jwt private_key_jwt tls_client_auth none" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key-pem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-iss)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requested-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --revocation-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json env exec-credential" -- "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__git__subcmd__credential)
            opts="-v -q -h --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__git__subcmd__credential__subcmd__authapi)
            opts="-v -q -h --username --password --base-url --staging --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --config --quiet --help get store erase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__git__subcmd__credential__subcmd__crayon)
            opts="-v -q -h --client-id --client-secret --username --password --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --config --quiet --help get store erase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__git__subcmd__credential__subcmd__elfsquad)
            opts="-v -q -h --client-id --client-secret --token-url --legacy-url --scope --legacy --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --config --quiet --help get store erase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legacy-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__git__subcmd__credential__subcmd__envoy)
            opts="-v -q -h --client-id --client-secret --username --password --api-key --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --config --quiet --help get store erase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__git__subcmd__credential__subcmd__oauth2)
            opts="-v -q -h --token-url --issuer --grant --client-auth --client-assertion-key --client-assertion-alg --client-assertion-kid --client-assertion-aud --client-cert --client-key --client-id --client-secret --username --password --refresh-token --scope --audience --resource --assertion --assertion-file --assertion-from --assertion-key --assertion-key-pem --assertion-iss --assertion-sub --assertion-aud --assertion-alg --assertion-kid --key-file --subject-token --subject-token-file --subject-token-from --subject-token-type --actor-token --actor-token-file --actor-token-type --requested-token-type --param --device-url --authorization-url --revocation-url --redirect-port --login-timeout --no-browser --manual --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --config --quiet --help get store erase"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grant)
                    COMPREPLY=($(compgen -W "client_credentials password refresh_token device_code authorization_code jwt-bearer token-exchange" -- "${cur}"))
                    return 0
                    ;;
                --client-auth)
                    COMPREPLY=($(compgen -W "basic body client_secret_jwt private_key_jwt tls_client_auth none" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key-pem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-iss)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requested-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --revocation-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help)
            opts="get curl exec login logout cache accounts inspect git-credential watch install-helpers completions help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__accounts)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__cache)
            opts="list clear status keygen"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__cache__subcmd__clear)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__cache__subcmd__keygen)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__cache__subcmd__list)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__cache__subcmd__status)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__completions)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__curl)
            opts="elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__curl__subcmd__authapi)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__curl__subcmd__crayon)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__curl__subcmd__elfsquad)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__curl__subcmd__envoy)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__curl__subcmd__oauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__exec)
            opts="elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__exec__subcmd__authapi)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__exec__subcmd__crayon)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__exec__subcmd__elfsquad)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__exec__subcmd__envoy)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__exec__subcmd__oauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__get)
            opts="elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__get__subcmd__authapi)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__get__subcmd__crayon)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__get__subcmd__elfsquad)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__get__subcmd__envoy)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__get__subcmd__oauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__git__subcmd__credential)
            opts="elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__authapi)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__crayon)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__elfsquad)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__envoy)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__git__subcmd__credential__subcmd__oauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__inspect)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__install__subcmd__helpers)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__login)
            opts="elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__login__subcmd__authapi)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__login__subcmd__crayon)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__login__subcmd__elfsquad)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__login__subcmd__envoy)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__login__subcmd__oauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__logout)
            opts="elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__logout__subcmd__authapi)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__logout__subcmd__crayon)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__logout__subcmd__elfsquad)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__logout__subcmd__envoy)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__logout__subcmd__oauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__watch)
            opts="elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__watch__subcmd__authapi)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__watch__subcmd__crayon)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__watch__subcmd__elfsquad)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__watch__subcmd__envoy)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__help__subcmd__watch__subcmd__oauth2)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__inspect)
            opts="-q -h --check --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__install__subcmd__helpers)
            opts="-q -h --dir --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --dir)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__login)
            opts="-v -q -h --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__login__subcmd__authapi)
            opts="-v -q -h --username --password --base-url --staging --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__login__subcmd__crayon)
            opts="-v -q -h --client-id --client-secret --username --password --token-url --scope --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__login__subcmd__elfsquad)
            opts="-v -q -h --client-id --client-secret --token-url --legacy-url --scope --legacy --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legacy-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__login__subcmd__envoy)
            opts="-v -q -h --client-id --client-secret --username --password --api-key --token-url --scope --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__login__subcmd__oauth2)
            opts="-v -q -h --token-url --issuer --grant --client-auth --client-assertion-key --client-assertion-alg --client-assertion-kid --client-assertion-aud --client-cert --client-key --client-id --client-secret --username --password --refresh-token --scope --audience --resource --assertion --assertion-file --assertion-from --assertion-key --assertion-key-pem --assertion-iss --assertion-sub --assertion-aud --assertion-alg --assertion-kid --key-file --subject-token --subject-token-file --subject-token-from --subject-token-type --actor-token --actor-token-file --actor-token-type --requested-token-type --param --device-url --authorization-url --revocation-url --redirect-port --login-timeout --no-browser --manual --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grant)
                    COMPREPLY=($(compgen -W "client_credentials password refresh_token device_code authorization_code jwt-bearer token-exchange" -- "${cur}"))
                    return 0
                    ;;
                --client-auth)
                    COMPREPLY=($(compgen -W "basic body client_secret_jwt private_key_jwt tls_client_auth none" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key-pem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-iss)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requested-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --revocation-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__logout)
            opts="-v -q -h --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --revoke --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__logout__subcmd__authapi)
            opts="-v -q -h --username --password --base-url --staging --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --revoke --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__logout__subcmd__crayon)
            opts="-v -q -h --client-id --client-secret --username --password --token-url --scope --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --revoke --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__logout__subcmd__elfsquad)
            opts="-v -q -h --client-id --client-secret --token-url --legacy-url --scope --legacy --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --revoke --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legacy-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__logout__subcmd__envoy)
            opts="-v -q -h --client-id --client-secret --username --password --api-key --token-url --scope --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --revoke --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__logout__subcmd__oauth2)
            opts="-v -q -h --token-url --issuer --grant --client-auth --client-assertion-key --client-assertion-alg --client-assertion-kid --client-assertion-aud --client-cert --client-key --client-id --client-secret --username --password --refresh-token --scope --audience --resource --assertion --assertion-file --assertion-from --assertion-key --assertion-key-pem --assertion-iss --assertion-sub --assertion-aud --assertion-alg --assertion-kid --key-file --subject-token --subject-token-file --subject-token-from --subject-token-type --actor-token --actor-token-file --actor-token-type --requested-token-type --param --device-url --authorization-url --revocation-url --redirect-port --login-timeout --no-browser --manual --profile --timeout --ca-cert --allow-http --dry-run --verbose --cache-url --revoke --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grant)
                    COMPREPLY=($(compgen -W "client_credentials password refresh_token device_code authorization_code jwt-bearer token-exchange" -- "${cur}"))
                    return 0
                    ;;
                --client-auth)
                    COMPREPLY=($(compgen -W "basic body client_secret_jwt private_key_jwt tls_client_auth none" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key-pem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-iss)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requested-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --revocation-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__watch)
            opts="-v -f -q -h --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --out --pid --config --quiet --help elfsquad authapi envoy crayon oauth2"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__watch__subcmd__authapi)
            opts="-v -f -q -h --username --password --base-url --staging --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --out --pid --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --base-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__watch__subcmd__crayon)
            opts="-v -f -q -h --client-id --client-secret --username --password --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --out --pid --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__watch__subcmd__elfsquad)
            opts="-v -f -q -h --client-id --client-secret --token-url --legacy-url --scope --legacy --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --out --pid --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --legacy-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__watch__subcmd__envoy)
            opts="-v -f -q -h --client-id --client-secret --username --password --api-key --token-url --scope --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --out --pid --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
        tok__subcmd__watch__subcmd__oauth2)
            opts="-v -f -q -h --token-url --issuer --grant --client-auth --client-assertion-key --client-assertion-alg --client-assertion-kid --client-assertion-aud --client-cert --client-key --client-id --client-secret --username --password --refresh-token --scope --audience --resource --assertion --assertion-file --assertion-from --assertion-key --assertion-key-pem --assertion-iss --assertion-sub --assertion-aud --assertion-alg --assertion-kid --key-file --subject-token --subject-token-file --subject-token-from --subject-token-type --actor-token --actor-token-file --actor-token-type --requested-token-type --param --device-url --authorization-url --revocation-url --redirect-port --login-timeout --no-browser --manual --profile --min-ttl --no-cache --refresh --offline --timeout --ca-cert --allow-http --dry-run --verbose --no-mask --id-token --cache-url --format --out --pid --config --quiet --help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --token-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --grant)
                    COMPREPLY=($(compgen -W "client_credentials password refresh_token device_code authorization_code jwt-bearer token-exchange" -- "${cur}"))
                    return 0
                    ;;
                --client-auth)
                    COMPREPLY=($(compgen -W "basic body client_secret_jwt private_key_jwt tls_client_auth none" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --client-assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --password)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --refresh-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --scope)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --resource)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-key-pem)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-iss)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-sub)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-aud)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --assertion-alg)
                    COMPREPLY=($(compgen -W "RS256 PS256 ES256 ES384 EdDSA" -- "${cur}"))
                    return 0
                    ;;
                --assertion-kid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --key-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-from)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --subject-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --actor-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --requested-token-type)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --param)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --device-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --authorization-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --revocation-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --redirect-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --login-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --min-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ca-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cache-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --format)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                -f)
                    COMPREPLY=($(compgen -W "token header json" -- "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pid)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --config)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                *)
                    COMPREPLY=()
                    ;;
            esac
            COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
            return 0
            ;;
    esac
}

if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -F _tok -o nosort -o bashdefault -o default tok
else
    complete -F _tok -o bashdefault -o default tok
fi

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
