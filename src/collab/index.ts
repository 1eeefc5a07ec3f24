export { writeBlueprint } from './writeBlueprint';
export { readBlueprint, type LocalState, type RoomRead } from './readBlueprint';
export { isRoomEmpty, roomStepIds } from './roomState';
export { ROOT_NAME } from './layout';
export { STAND_IN_LANE } from './repairReferences';
