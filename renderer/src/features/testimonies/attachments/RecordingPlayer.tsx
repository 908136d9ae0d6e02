import { useId, useMemo, useRef, useState } from 'react';
import type { Attachment } from '../../../../../shared/model/attachments';
import type { Passage } from '../../../../../shared/model/themes';
import { storedFileUrl } from '../../../api/files';
import { Field } from '../../../components/Field';
import { Select } from '../../../components/Select';
import { clockTime, playerFor, segmentAt } from '../model/attachments';

type TimedPassage = Passage & { timeStart: number };

/**
 * The testimony's recording, played in the page (the browser's own controls, which the keyboard
 * reaches), with a chooser when there are several. Each time-coded segment has "Play from 12:03",
 * which seeks the recording to the segment's start and plays; the segment under the play head is
 * marked (aria-current) so a listener can follow the account in its parts.
 */
export function RecordingPlayer({ recordings, segments }: { recordings: Attachment[]; segments: Passage[] }) {
  const [chosenId, setChosenId] = useState<string | null>(null);
  const chosen = recordings.find((r) => r.id === chosenId) ?? recordings[0];
  const mediaRef = useRef<HTMLMediaElement | null>(null);
  // Where the play head is, for the recording it was read from (another recording starts unplayed).
  const [heard, setHeard] = useState<{ id: string; time: number } | null>(null);
  const [playError, setPlayError] = useState<string | null>(null);
  const captionId = useId();

  const timed = useMemo(
    () => segments.filter((s): s is TimedPassage => s.timeStart !== null && s.review !== 'deleted').sort((a, b) => a.timeStart - b.timeStart || a.start - b.start),
    [segments],
  );
  if (!chosen) return null;
  const position = heard?.id === chosen.id ? heard.time : null;
  const current = position === null ? null : segmentAt(timed, position);
  const element = playerFor(chosen.mediaType);

  const playFrom = (seconds: number) => {
    const media = mediaRef.current;
    if (!media) return;
    setPlayError(null);
    media.currentTime = seconds;
    setHeard({ id: chosen.id, time: seconds });
    media.play().catch((e: unknown) => {
      // Interrupted by the person (pause, another segment) is not a failure.
      if (e instanceof DOMException && e.name === 'AbortError') return;
      setPlayError(`“${chosen.name}” could not be played from ${clockTime(seconds)}. Press play on the recording itself; if it still does not play, its format may not be one this computer can play.`);
    });
  };

  const mediaProps = {
    ref: (el: HTMLMediaElement | null) => {
      mediaRef.current = el;
    },
    src: storedFileUrl(chosen.sha256),
    controls: true,
    preload: 'metadata',
    'aria-label': `Recording: ${chosen.name}`,
    'aria-describedby': captionId,
    onTimeUpdate: (e: { currentTarget: HTMLMediaElement }) => setHeard({ id: chosen.id, time: e.currentTarget.currentTime }),
    onError: () => setPlayError(`“${chosen.name}” cannot be played here: the file could not be read or its format is not one this computer plays. It is kept in the archive as attached.`),
  } as const;

  return (
    <section aria-labelledby="recording-h" className="recording">
      <h2 id="recording-h">Recording</h2>
      {recordings.length > 1 ? (
        <Field path="recording-choice" label="Recording to play" hint={`${recordings.length} recordings are attached; the first is shown first.`}>
          {(p) => (
            <Select
              {...p}
              value={chosen.id}
              options={recordings.map((r) => ({ value: r.id, label: r.name }))}
              onChange={(v) => {
                setChosenId(v);
                setPlayError(null);
              }}
            />
          )}
        </Field>
      ) : null}
      <figure className="player" key={chosen.id}>
        {element === 'video' ? <video {...mediaProps} className="player-media player-media--video" /> : <audio {...mediaProps} className="player-media" />}
        <figcaption id={captionId} className="small muted">
          {chosen.name}
          {position !== null ? ` · at ${clockTime(position)}` : ''}
          {current ? ` · ${current.title || 'Untitled segment'}` : ''}
        </figcaption>
      </figure>
      {playError ? (
        <p className="field-error" role="alert">
          {playError}
        </p>
      ) : null}
      {timed.length > 0 ? (
        <>
          <h3 className="recording-segments-h">Segments</h3>
          <ol className="recording-segments">
            {timed.map((s) => {
              const at = clockTime(s.timeStart);
              const title = s.title || 'Untitled segment';
              return (
                <li key={s.id} aria-current={current?.id === s.id ? 'true' : undefined}>
                  <button type="button" className="button button--small" aria-label={`Play from ${at}: ${title}`} onClick={() => playFrom(s.timeStart)}>
                    <span aria-hidden="true">▶ </span>Play from {at}
                  </button>
                  <span className="recording-segment-title">{title}</span>
                  <span className="small muted">{s.timeEnd !== null ? `${at} – ${clockTime(s.timeEnd)}` : `from ${at}`}</span>
                </li>
              );
            })}
          </ol>
        </>
      ) : (
        <p className="small muted">No segment of this testimony has a time yet. Segments with times (from imported captions, or given on the Themes tab) can each be played from their start here.</p>
      )}
    </section>
  );
}
