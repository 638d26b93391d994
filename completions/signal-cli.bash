_signal__cli() {
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
                cmd="signal__cli"
                ;;
            signal__cli,appsync)
                cmd="signal__cli__subcmd__appsync"
                ;;
            signal__cli,auth)
                cmd="signal__cli__subcmd__auth"
                ;;
            signal__cli,compare)
                cmd="signal__cli__subcmd__compare"
                ;;
            signal__cli,completions)
                cmd="signal__cli__subcmd__completions"
                ;;
            signal__cli,help)
                cmd="signal__cli__subcmd__help"
                ;;
            signal__cli,loadtest)
                cmd="signal__cli__subcmd__loadtest"
                ;;
            signal__cli,peer)
                cmd="signal__cli__subcmd__peer"
                ;;
            signal__cli,profile)
                cmd="signal__cli__subcmd__profile"
                ;;
            signal__cli,replay)
                cmd="signal__cli__subcmd__replay"
                ;;
            signal__cli,report)
                cmd="signal__cli__subcmd__report"
                ;;
            signal__cli,room)
                cmd="signal__cli__subcmd__room"
                ;;
            signal__cli,serve)
                cmd="signal__cli__subcmd__serve"
                ;;
            signal__cli__subcmd__appsync,events)
                cmd="signal__cli__subcmd__appsync__subcmd__events"
                ;;
            signal__cli__subcmd__appsync,graphql)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql"
                ;;
            signal__cli__subcmd__appsync,help)
                cmd="signal__cli__subcmd__appsync__subcmd__help"
                ;;
            signal__cli__subcmd__appsync__subcmd__events,help)
                cmd="signal__cli__subcmd__appsync__subcmd__events__subcmd__help"
                ;;
            signal__cli__subcmd__appsync__subcmd__events,publish)
                cmd="signal__cli__subcmd__appsync__subcmd__events__subcmd__publish"
                ;;
            signal__cli__subcmd__appsync__subcmd__events,subscribe)
                cmd="signal__cli__subcmd__appsync__subcmd__events__subcmd__subscribe"
                ;;
            signal__cli__subcmd__appsync__subcmd__events__subcmd__help,help)
                cmd="signal__cli__subcmd__appsync__subcmd__events__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__appsync__subcmd__events__subcmd__help,publish)
                cmd="signal__cli__subcmd__appsync__subcmd__events__subcmd__help__subcmd__publish"
                ;;
            signal__cli__subcmd__appsync__subcmd__events__subcmd__help,subscribe)
                cmd="signal__cli__subcmd__appsync__subcmd__events__subcmd__help__subcmd__subscribe"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql,help)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql,mutate)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__mutate"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql,query)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__query"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql,subscribe)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__subscribe"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help,help)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help,mutate)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__mutate"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help,query)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__query"
                ;;
            signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help,subscribe)
                cmd="signal__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__subscribe"
                ;;
            signal__cli__subcmd__appsync__subcmd__help,events)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__events"
                ;;
            signal__cli__subcmd__appsync__subcmd__help,graphql)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__graphql"
                ;;
            signal__cli__subcmd__appsync__subcmd__help,help)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__appsync__subcmd__help__subcmd__events,publish)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__events__subcmd__publish"
                ;;
            signal__cli__subcmd__appsync__subcmd__help__subcmd__events,subscribe)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__events__subcmd__subscribe"
                ;;
            signal__cli__subcmd__appsync__subcmd__help__subcmd__graphql,mutate)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__graphql__subcmd__mutate"
                ;;
            signal__cli__subcmd__appsync__subcmd__help__subcmd__graphql,query)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__graphql__subcmd__query"
                ;;
            signal__cli__subcmd__appsync__subcmd__help__subcmd__graphql,subscribe)
                cmd="signal__cli__subcmd__appsync__subcmd__help__subcmd__graphql__subcmd__subscribe"
                ;;
            signal__cli__subcmd__auth,anonymous)
                cmd="signal__cli__subcmd__auth__subcmd__anonymous"
                ;;
            signal__cli__subcmd__auth,confirm)
                cmd="signal__cli__subcmd__auth__subcmd__confirm"
                ;;
            signal__cli__subcmd__auth,help)
                cmd="signal__cli__subcmd__auth__subcmd__help"
                ;;
            signal__cli__subcmd__auth,logout)
                cmd="signal__cli__subcmd__auth__subcmd__logout"
                ;;
            signal__cli__subcmd__auth,refresh)
                cmd="signal__cli__subcmd__auth__subcmd__refresh"
                ;;
            signal__cli__subcmd__auth,signin)
                cmd="signal__cli__subcmd__auth__subcmd__signin"
                ;;
            signal__cli__subcmd__auth,signup)
                cmd="signal__cli__subcmd__auth__subcmd__signup"
                ;;
            signal__cli__subcmd__auth,whoami)
                cmd="signal__cli__subcmd__auth__subcmd__whoami"
                ;;
            signal__cli__subcmd__auth__subcmd__help,anonymous)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__anonymous"
                ;;
            signal__cli__subcmd__auth__subcmd__help,confirm)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__confirm"
                ;;
            signal__cli__subcmd__auth__subcmd__help,help)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__auth__subcmd__help,logout)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__logout"
                ;;
            signal__cli__subcmd__auth__subcmd__help,refresh)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__refresh"
                ;;
            signal__cli__subcmd__auth__subcmd__help,signin)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__signin"
                ;;
            signal__cli__subcmd__auth__subcmd__help,signup)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__signup"
                ;;
            signal__cli__subcmd__auth__subcmd__help,whoami)
                cmd="signal__cli__subcmd__auth__subcmd__help__subcmd__whoami"
                ;;
            signal__cli__subcmd__help,appsync)
                cmd="signal__cli__subcmd__help__subcmd__appsync"
                ;;
            signal__cli__subcmd__help,auth)
                cmd="signal__cli__subcmd__help__subcmd__auth"
                ;;
            signal__cli__subcmd__help,compare)
                cmd="signal__cli__subcmd__help__subcmd__compare"
                ;;
            signal__cli__subcmd__help,completions)
                cmd="signal__cli__subcmd__help__subcmd__completions"
                ;;
            signal__cli__subcmd__help,help)
                cmd="signal__cli__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__help,loadtest)
                cmd="signal__cli__subcmd__help__subcmd__loadtest"
                ;;
            signal__cli__subcmd__help,peer)
                cmd="signal__cli__subcmd__help__subcmd__peer"
                ;;
            signal__cli__subcmd__help,profile)
                cmd="signal__cli__subcmd__help__subcmd__profile"
                ;;
            signal__cli__subcmd__help,replay)
                cmd="signal__cli__subcmd__help__subcmd__replay"
                ;;
            signal__cli__subcmd__help,report)
                cmd="signal__cli__subcmd__help__subcmd__report"
                ;;
            signal__cli__subcmd__help,room)
                cmd="signal__cli__subcmd__help__subcmd__room"
                ;;
            signal__cli__subcmd__help,serve)
                cmd="signal__cli__subcmd__help__subcmd__serve"
                ;;
            signal__cli__subcmd__help__subcmd__appsync,events)
                cmd="signal__cli__subcmd__help__subcmd__appsync__subcmd__events"
                ;;
            signal__cli__subcmd__help__subcmd__appsync,graphql)
                cmd="signal__cli__subcmd__help__subcmd__appsync__subcmd__graphql"
                ;;
            signal__cli__subcmd__help__subcmd__appsync__subcmd__events,publish)
                cmd="signal__cli__subcmd__help__subcmd__appsync__subcmd__events__subcmd__publish"
                ;;
            signal__cli__subcmd__help__subcmd__appsync__subcmd__events,subscribe)
                cmd="signal__cli__subcmd__help__subcmd__appsync__subcmd__events__subcmd__subscribe"
                ;;
            signal__cli__subcmd__help__subcmd__appsync__subcmd__graphql,mutate)
                cmd="signal__cli__subcmd__help__subcmd__appsync__subcmd__graphql__subcmd__mutate"
                ;;
            signal__cli__subcmd__help__subcmd__appsync__subcmd__graphql,query)
                cmd="signal__cli__subcmd__help__subcmd__appsync__subcmd__graphql__subcmd__query"
                ;;
            signal__cli__subcmd__help__subcmd__appsync__subcmd__graphql,subscribe)
                cmd="signal__cli__subcmd__help__subcmd__appsync__subcmd__graphql__subcmd__subscribe"
                ;;
            signal__cli__subcmd__help__subcmd__auth,anonymous)
                cmd="signal__cli__subcmd__help__subcmd__auth__subcmd__anonymous"
                ;;
            signal__cli__subcmd__help__subcmd__auth,confirm)
                cmd="signal__cli__subcmd__help__subcmd__auth__subcmd__confirm"
                ;;
            signal__cli__subcmd__help__subcmd__auth,logout)
                cmd="signal__cli__subcmd__help__subcmd__auth__subcmd__logout"
                ;;
            signal__cli__subcmd__help__subcmd__auth,refresh)
                cmd="signal__cli__subcmd__help__subcmd__auth__subcmd__refresh"
                ;;
            signal__cli__subcmd__help__subcmd__auth,signin)
                cmd="signal__cli__subcmd__help__subcmd__auth__subcmd__signin"
                ;;
            signal__cli__subcmd__help__subcmd__auth,signup)
                cmd="signal__cli__subcmd__help__subcmd__auth__subcmd__signup"
                ;;
            signal__cli__subcmd__help__subcmd__auth,whoami)
                cmd="signal__cli__subcmd__help__subcmd__auth__subcmd__whoami"
                ;;
            signal__cli__subcmd__help__subcmd__peer,connect)
                cmd="signal__cli__subcmd__help__subcmd__peer__subcmd__connect"
                ;;
            signal__cli__subcmd__help__subcmd__profile,add)
                cmd="signal__cli__subcmd__help__subcmd__profile__subcmd__add"
                ;;
            signal__cli__subcmd__help__subcmd__profile,list)
                cmd="signal__cli__subcmd__help__subcmd__profile__subcmd__list"
                ;;
            signal__cli__subcmd__help__subcmd__profile,remove)
                cmd="signal__cli__subcmd__help__subcmd__profile__subcmd__remove"
                ;;
            signal__cli__subcmd__help__subcmd__profile,show)
                cmd="signal__cli__subcmd__help__subcmd__profile__subcmd__show"
                ;;
            signal__cli__subcmd__help__subcmd__profile,use)
                cmd="signal__cli__subcmd__help__subcmd__profile__subcmd__use"
                ;;
            signal__cli__subcmd__help__subcmd__report,merge)
                cmd="signal__cli__subcmd__help__subcmd__report__subcmd__merge"
                ;;
            signal__cli__subcmd__help__subcmd__room,create)
                cmd="signal__cli__subcmd__help__subcmd__room__subcmd__create"
                ;;
            signal__cli__subcmd__help__subcmd__room,delete)
                cmd="signal__cli__subcmd__help__subcmd__room__subcmd__delete"
                ;;
            signal__cli__subcmd__peer,connect)
                cmd="signal__cli__subcmd__peer__subcmd__connect"
                ;;
            signal__cli__subcmd__peer,help)
                cmd="signal__cli__subcmd__peer__subcmd__help"
                ;;
            signal__cli__subcmd__peer__subcmd__help,connect)
                cmd="signal__cli__subcmd__peer__subcmd__help__subcmd__connect"
                ;;
            signal__cli__subcmd__peer__subcmd__help,help)
                cmd="signal__cli__subcmd__peer__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__profile,add)
                cmd="signal__cli__subcmd__profile__subcmd__add"
                ;;
            signal__cli__subcmd__profile,help)
                cmd="signal__cli__subcmd__profile__subcmd__help"
                ;;
            signal__cli__subcmd__profile,list)
                cmd="signal__cli__subcmd__profile__subcmd__list"
                ;;
            signal__cli__subcmd__profile,remove)
                cmd="signal__cli__subcmd__profile__subcmd__remove"
                ;;
            signal__cli__subcmd__profile,show)
                cmd="signal__cli__subcmd__profile__subcmd__show"
                ;;
            signal__cli__subcmd__profile,use)
                cmd="signal__cli__subcmd__profile__subcmd__use"
                ;;
            signal__cli__subcmd__profile__subcmd__help,add)
                cmd="signal__cli__subcmd__profile__subcmd__help__subcmd__add"
                ;;
            signal__cli__subcmd__profile__subcmd__help,help)
                cmd="signal__cli__subcmd__profile__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__profile__subcmd__help,list)
                cmd="signal__cli__subcmd__profile__subcmd__help__subcmd__list"
                ;;
            signal__cli__subcmd__profile__subcmd__help,remove)
                cmd="signal__cli__subcmd__profile__subcmd__help__subcmd__remove"
                ;;
            signal__cli__subcmd__profile__subcmd__help,show)
                cmd="signal__cli__subcmd__profile__subcmd__help__subcmd__show"
                ;;
            signal__cli__subcmd__profile__subcmd__help,use)
                cmd="signal__cli__subcmd__profile__subcmd__help__subcmd__use"
                ;;
            signal__cli__subcmd__report,help)
                cmd="signal__cli__subcmd__report__subcmd__help"
                ;;
            signal__cli__subcmd__report,merge)
                cmd="signal__cli__subcmd__report__subcmd__merge"
                ;;
            signal__cli__subcmd__report__subcmd__help,help)
                cmd="signal__cli__subcmd__report__subcmd__help__subcmd__help"
                ;;
            signal__cli__subcmd__report__subcmd__help,merge)
                cmd="signal__cli__subcmd__report__subcmd__help__subcmd__merge"
                ;;
            signal__cli__subcmd__room,create)
                cmd="signal__cli__subcmd__room__subcmd__create"
                ;;
            signal__cli__subcmd__room,delete)
                cmd="signal__cli__subcmd__room__subcmd__delete"
                ;;
            signal__cli__subcmd__room,help)
                cmd="signal__cli__subcmd__room__subcmd__help"
                ;;
            signal__cli__subcmd__room__subcmd__help,create)
                cmd="signal__cli__subcmd__room__subcmd__help__subcmd__create"
                ;;
            signal__cli__subcmd__room__subcmd__help,delete)
                cmd="signal__cli__subcmd__room__subcmd__help__subcmd__delete"
                ;;
            signal__cli__subcmd__room__subcmd__help,help)
                cmd="signal__cli__subcmd__room__subcmd__help__subcmd__help"
                ;;
            *)
                ;;
        esac
    done

    case "${cmd}" in
        signal__cli)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version auth room peer appsync replay loadtest report profile completions serve compare help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 1 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version events graphql help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__events)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version subscribe publish help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__events__subcmd__help)
            opts="subscribe publish help"
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
        signal__subcmd__cli__subcmd__appsync__subcmd__events__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__events__subcmd__help__subcmd__publish)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__events__subcmd__help__subcmd__subscribe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__events__subcmd__publish)
            opts="-q -h -V --file --http --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__events__subcmd__subscribe)
            opts="-q -h -V --count --for --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --for)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version subscribe mutate query help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__help)
            opts="subscribe mutate query help"
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__help)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__mutate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__query)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__help__subcmd__subscribe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__mutate)
            opts="-q -h -V --query --variables --operation-name --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --variables)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --operation-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__query)
            opts="-q -h -V --query --variables --operation-name --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --variables)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --operation-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__graphql__subcmd__subscribe)
            opts="-q -h -V --query --variables --count --for --auth-in-query --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 4 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --query)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --variables)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --count)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --for)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help)
            opts="events graphql help"
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__events)
            opts="subscribe publish"
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__events__subcmd__publish)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__events__subcmd__subscribe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__graphql)
            opts="subscribe mutate query"
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__graphql__subcmd__mutate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__graphql__subcmd__query)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__graphql__subcmd__subscribe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__appsync__subcmd__help__subcmd__help)
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
        signal__subcmd__cli__subcmd__auth)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version anonymous signin signup confirm refresh whoami logout help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__auth__subcmd__anonymous)
            opts="-q -h -V --show-token --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__auth__subcmd__confirm)
            opts="-q -h -V --username --code --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help)
            opts="anonymous signin signup confirm refresh whoami logout help"
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__anonymous)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__confirm)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__help)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__logout)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__refresh)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__signin)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__signup)
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
        signal__subcmd__cli__subcmd__auth__subcmd__help__subcmd__whoami)
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
        signal__subcmd__cli__subcmd__auth__subcmd__logout)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__auth__subcmd__refresh)
            opts="-q -h -V --show-token --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__auth__subcmd__signin)
            opts="-q -h -V --username --password-stdin --new-password-stdin --show-token --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__auth__subcmd__signup)
            opts="-q -h -V --username --password-stdin --attribute --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --username)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --attribute)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__auth__subcmd__whoami)
            opts="-q -h -V --show-token --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__compare)
            opts="-q -h -V --a --b --a-option --b-option --a-fault --b-fault --rounds --flow --candidates --size --pairs --rooms --peers-per-room --rate --stage --max-sessions --iterations --duration --connect-rate --connect-concurrency --hold --token-pool --auth-rate --allow-loss --seed --threshold --save --pricing --monthly-flows --users --flows-per-user-per-day --flow-file --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --a)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --b)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --a-option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --b-option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --a-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --b-fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rounds)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --flow)
                    COMPREPLY=($(compgen -W "offer-answer trickle glare ice-restart call" -- "${cur}"))
                    return 0
                    ;;
                --candidates)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pairs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rooms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --peers-per-room)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-sessions)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --iterations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connect-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connect-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hold)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --threshold)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --save)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pricing)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --monthly-flows)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --users)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --flows-per-user-per-day)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --flow-file)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__completions)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version bash elvish fish powershell zsh"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__help)
            opts="auth room peer appsync replay loadtest report profile completions serve compare help"
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync)
            opts="events graphql"
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync__subcmd__events)
            opts="subscribe publish"
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync__subcmd__events__subcmd__publish)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync__subcmd__events__subcmd__subscribe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync__subcmd__graphql)
            opts="subscribe mutate query"
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync__subcmd__graphql__subcmd__mutate)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync__subcmd__graphql__subcmd__query)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__help__subcmd__appsync__subcmd__graphql__subcmd__subscribe)
            opts=""
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 5 ]] ; then
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
        signal__subcmd__cli__subcmd__help__subcmd__auth)
            opts="anonymous signin signup confirm refresh whoami logout"
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
        signal__subcmd__cli__subcmd__help__subcmd__auth__subcmd__anonymous)
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
        signal__subcmd__cli__subcmd__help__subcmd__auth__subcmd__confirm)
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
        signal__subcmd__cli__subcmd__help__subcmd__auth__subcmd__logout)
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
        signal__subcmd__cli__subcmd__help__subcmd__auth__subcmd__refresh)
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
        signal__subcmd__cli__subcmd__help__subcmd__auth__subcmd__signin)
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
        signal__subcmd__cli__subcmd__help__subcmd__auth__subcmd__signup)
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
        signal__subcmd__cli__subcmd__help__subcmd__auth__subcmd__whoami)
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
        signal__subcmd__cli__subcmd__help__subcmd__compare)
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
        signal__subcmd__cli__subcmd__help__subcmd__completions)
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
        signal__subcmd__cli__subcmd__help__subcmd__help)
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
        signal__subcmd__cli__subcmd__help__subcmd__loadtest)
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
        signal__subcmd__cli__subcmd__help__subcmd__peer)
            opts="connect"
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
        signal__subcmd__cli__subcmd__help__subcmd__peer__subcmd__connect)
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
        signal__subcmd__cli__subcmd__help__subcmd__profile)
            opts="add list show use remove"
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
        signal__subcmd__cli__subcmd__help__subcmd__profile__subcmd__add)
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
        signal__subcmd__cli__subcmd__help__subcmd__profile__subcmd__list)
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
        signal__subcmd__cli__subcmd__help__subcmd__profile__subcmd__remove)
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
        signal__subcmd__cli__subcmd__help__subcmd__profile__subcmd__show)
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
        signal__subcmd__cli__subcmd__help__subcmd__profile__subcmd__use)
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
        signal__subcmd__cli__subcmd__help__subcmd__replay)
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
        signal__subcmd__cli__subcmd__help__subcmd__report)
            opts="merge"
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
        signal__subcmd__cli__subcmd__help__subcmd__report__subcmd__merge)
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
        signal__subcmd__cli__subcmd__help__subcmd__room)
            opts="create delete"
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
        signal__subcmd__cli__subcmd__help__subcmd__room__subcmd__create)
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
        signal__subcmd__cli__subcmd__help__subcmd__room__subcmd__delete)
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
        signal__subcmd__cli__subcmd__help__subcmd__serve)
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
        signal__subcmd__cli__subcmd__loadtest)
            opts="-q -h -V --flow --candidates --size --pairs --rooms --peers-per-room --rate --stage --max-sessions --iterations --duration --connect-rate --connect-concurrency --hold --token-pool --auth-rate --allow-loss --seed --threshold --abort-on-fail --out --save --shard --start-at --emit --shards --sessions-per-shard --image --k8s-secret --job-name --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --flow)
                    COMPREPLY=($(compgen -W "offer-answer trickle glare ice-restart call" -- "${cur}"))
                    return 0
                    ;;
                --candidates)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pairs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rooms)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --peers-per-room)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --stage)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-sessions)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --iterations)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connect-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connect-concurrency)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --hold)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-pool)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-rate)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --seed)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --threshold)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --out)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --save)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --shard)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --start-at)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --emit)
                    COMPREPLY=($(compgen -W "kubernetes" -- "${cur}"))
                    return 0
                    ;;
                --shards)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --sessions-per-shard)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --image)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --k8s-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --job-name)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__peer)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version connect help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__peer__subcmd__connect)
            opts="-q -h -V --robot-id --room --role --token --peer-id --send --expect --script --record --linger --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --room)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --robot-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --role)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --peer-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --send)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --expect)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --script)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --record)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --linger)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__peer__subcmd__help)
            opts="connect help"
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
        signal__subcmd__cli__subcmd__peer__subcmd__help__subcmd__connect)
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
        signal__subcmd__cli__subcmd__peer__subcmd__help__subcmd__help)
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
        signal__subcmd__cli__subcmd__profile)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version add list show use remove help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__profile__subcmd__add)
            opts="-q -h -V --use --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__profile__subcmd__help)
            opts="add list show use remove help"
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
        signal__subcmd__cli__subcmd__profile__subcmd__help__subcmd__add)
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
        signal__subcmd__cli__subcmd__profile__subcmd__help__subcmd__help)
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
        signal__subcmd__cli__subcmd__profile__subcmd__help__subcmd__list)
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
        signal__subcmd__cli__subcmd__profile__subcmd__help__subcmd__remove)
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
        signal__subcmd__cli__subcmd__profile__subcmd__help__subcmd__show)
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
        signal__subcmd__cli__subcmd__profile__subcmd__help__subcmd__use)
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
        signal__subcmd__cli__subcmd__profile__subcmd__list)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__profile__subcmd__remove)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__profile__subcmd__show)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__profile__subcmd__use)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__replay)
            opts="-q -h -V --flow --candidates --size --pairs --repeat --settle --junit --print --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --flow)
                    COMPREPLY=($(compgen -W "offer-answer trickle glare ice-restart call" -- "${cur}"))
                    return 0
                    ;;
                --candidates)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --pairs)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --repeat)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --settle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --junit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__report)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version merge help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__report__subcmd__help)
            opts="merge help"
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
        signal__subcmd__cli__subcmd__report__subcmd__help__subcmd__help)
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
        signal__subcmd__cli__subcmd__report__subcmd__help__subcmd__merge)
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
        signal__subcmd__cli__subcmd__report__subcmd__merge)
            opts="-q -h -V --save --partial --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --save)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__room)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version create delete help"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__room__subcmd__create)
            opts="-q -h -V --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__room__subcmd__delete)
            opts="-q -h -V --peer --room --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 3 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --peer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --room)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
        signal__subcmd__cli__subcmd__room__subcmd__help)
            opts="create delete help"
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
        signal__subcmd__cli__subcmd__room__subcmd__help__subcmd__create)
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
        signal__subcmd__cli__subcmd__room__subcmd__help__subcmd__delete)
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
        signal__subcmd__cli__subcmd__room__subcmd__help__subcmd__help)
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
        signal__subcmd__cli__subcmd__serve)
            opts="-q -h -V --host --port --token-lifetime --fault --confirmation-code --cognito-throttle --tls-cert --tls-key --write-cert --jwks-url --issuer --audience --diagnostics --header-timeout --max-connections-per-client --ws-port --single-port --room-ttl --max-frame --drop-candidates --ping-interval --ping-timeout --flavour --mesh-ttl --network-per-path --frame-limit --message-limit --idle-timeout --max-duration --faithful-limits --lambda-error --lambda --route-responses --server --attach-delay --presence-per-room --max-http-buffer-size --namespace --own-channel --auth-mode --api-key --iam-key --lambda-token --ka-interval --connection-timeout --schema --profile --backend --http-url --ws-url --id-token --timeout --keepalive --option --insecure --json --quiet --cognito-region --cognito-user-pool-id --cognito-client-id --cognito-client-secret --cognito-endpoint --help --version room mesh robot socketio appsync-events appsync-graphql"
            if [[ ${cur} == -* || ${COMP_CWORD} -eq 2 ]] ; then
                COMPREPLY=( $(compgen -W "${opts}" -- "${cur}") )
                return 0
            fi
            case "${prev}" in
                --host)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --token-lifetime)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --fault)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --confirmation-code)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-throttle)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --tls-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --write-cert)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --jwks-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --issuer)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --audience)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --header-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-connections-per-client)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-port)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --room-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-frame)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ping-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ping-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --flavour)
                    COMPREPLY=($(compgen -W "node apigw" -- "${cur}"))
                    return 0
                    ;;
                --mesh-ttl)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --frame-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --message-limit)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --idle-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-duration)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lambda-error)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lambda)
                    COMPREPLY=($(compgen -W "acf2c28 notes" -- "${cur}"))
                    return 0
                    ;;
                --server)
                    COMPREPLY=($(compgen -W "pantherkolab relay" -- "${cur}"))
                    return 0
                    ;;
                --attach-delay)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --max-http-buffer-size)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --namespace)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --own-channel)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --auth-mode)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --api-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --iam-key)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --lambda-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ka-interval)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --connection-timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --schema)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --profile)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --backend)
                    COMPREPLY=($(compgen -W "room mesh robot socketio appsync-events appsync-graphql" -- "${cur}"))
                    return 0
                    ;;
                --http-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --ws-url)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --id-token)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --timeout)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --keepalive)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --option)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-region)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-user-pool-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-id)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-client-secret)
                    COMPREPLY=($(compgen -f "${cur}"))
                    return 0
                    ;;
                --cognito-endpoint)
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
    complete -F _signal__cli -o nosort -o bashdefault -o default signal-cli
else
    complete -F _signal__cli -o bashdefault -o default signal-cli
fi
