/** Sequelize: active-record models. */
import type { ClientLibrary } from './library.js';

export const SEQUELIZE: ClientLibrary[] = [
  {
    label: 'sequelize',
    modules: ['sequelize', 'sequelize-typescript'],
    kind: 'db',
    exports: { Sequelize: 'constructor', default: 'constructor', Model: 'constructor' },
    types: ['Sequelize', 'ModelStatic', 'ModelCtor'],
    derive: ['define', 'model'],
    ignore: ['authenticate', 'sync', 'close', 'build', 'init', 'hasMany', 'belongsTo', 'belongsToMany', 'hasOne', 'addHook', 'getTableName'],
    batches: [
      { batch: 'findAll', single: ['findOne', 'findByPk'], when: 'in-filter' },
      { batch: 'bulkCreate', single: ['create', 'upsert'] },
    ],
  },
];
