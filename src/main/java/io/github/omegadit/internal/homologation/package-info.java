/*
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The homologation runner's parts: the case file parser (every name checked, errors naming the file, the case and
 * the key), the requests a case describes, the expected reasons, the recording relay that keeps each exchange as
 * evidence (personal data masked), the report writers (Markdown, JSON, HTML), and the doctor's parts: a GET that shows each step (connect, handshake, first read) apart, and the
 * shape of a served contract compared with ours.
 */
package io.github.omegadit.internal.homologation;
