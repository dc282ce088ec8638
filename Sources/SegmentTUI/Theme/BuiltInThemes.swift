/// The shipped themes, built into the binary so segdesk starts wherever it
/// is copied; `themes/` holds the same text as files to copy and adapt (a
/// test keeps the two the same). A theme file of the same name in a theme
/// directory wins.
enum BuiltInThemes {
    static let all: [String: String] = [
        "default": """
            # segdesk default theme: 256 colours on the terminal's own background.
            # role = foreground background [bold underline reverse dim]
            normal             = default   default
            header             = 255       24        bold
            header_alert       = 226       24        bold
            pane_title         = 250       236
            pane_title_focused = 255       31        bold
            border             = 240       default
            column_header      = 250       default   underline
            selected           = 0         14
            marked             = 214       default   bold
            dim                = 244       default
            priority_1         = 9         default   bold
            priority_2         = 208       default   bold
            priority_3         = 220       default
            sla_breached       = 9         default   bold
            sla_soon           = 214       default
            label              = 110       default
            footer             = 250       236
            footer_key         = 117       236       bold
            message            = 255       236
            error              = 231       124       bold
            input              = 231       236
            placeholder        = 201       default
            """,
        "light": """
            # segdesk light theme: for terminals with a light background.
            normal             = default   default
            header             = 231       25        bold
            header_alert       = 226       25        bold
            pane_title         = 238       253
            pane_title_focused = 231       31        bold
            border             = 248       default
            column_header      = 238       default   underline
            selected           = 16        153
            marked             = 130       default   bold
            dim                = 244       default
            priority_1         = 160       default   bold
            priority_2         = 166       default   bold
            priority_3         = 136       default
            sla_breached       = 160       default   bold
            sla_soon           = 130       default
            label              = 25        default
            footer             = 238       253
            footer_key         = 25        253       bold
            message            = 16        253
            error              = 231       160       bold
            input              = 16        253
            placeholder        = 127       default
            """,
        "high-contrast": """
            # segdesk high-contrast theme: black and white with bright accents, bold where it matters.
            normal             = white          black
            header             = black          bright-white   bold
            header_alert       = black          bright-yellow  bold
            pane_title         = bright-white   black          underline
            pane_title_focused = black          bright-cyan    bold
            border             = bright-white   black
            column_header      = bright-white   black          bold underline
            selected           = black          bright-yellow  bold
            marked             = bright-yellow  black          bold
            dim                = white          black
            priority_1         = bright-red     black          bold reverse
            priority_2         = bright-yellow  black          bold
            priority_3         = bright-white   black          bold
            sla_breached       = bright-red     black          bold reverse
            sla_soon           = bright-yellow  black          bold
            label              = bright-cyan    black          bold
            footer             = black          bright-white
            footer_key         = black          bright-white   bold underline
            message            = black          bright-white
            error              = bright-white   red            bold
            input              = black          bright-white   bold
            placeholder        = bright-magenta black          bold
            """,
        "mono": """
            # segdesk monochrome theme: no colour at all, meaning carried by attributes.
            # Used whenever NO_COLOR is set or the terminal has no colours.
            normal             = default default
            header             = default default reverse bold
            header_alert       = default default reverse bold underline
            pane_title         = default default underline
            pane_title_focused = default default reverse bold
            border             = default default dim
            column_header      = default default underline
            selected           = default default reverse
            marked             = default default bold
            dim                = default default dim
            priority_1         = default default bold underline
            priority_2         = default default bold
            priority_3         = default default
            sla_breached       = default default bold underline
            sla_soon           = default default bold
            label              = default default bold
            footer             = default default reverse
            footer_key         = default default reverse bold
            message            = default default reverse
            error              = default default reverse bold
            input              = default default reverse bold
            placeholder        = default default bold
            """,
    ]
}
