/*
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.omegadit.cli;

import java.util.Map;

/** A command whose exit codes are not those of the dialogue commands: its {@code --help} lists its own. */
interface OwnExitCodes {

    /** Code → meaning, in order, for {@code --help}. */
    Map<String, String> exitCodeHelp();
}
